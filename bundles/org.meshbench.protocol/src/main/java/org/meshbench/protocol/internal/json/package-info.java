/**
 * Internal: a small JSON reader and writer and protobuf's canonical JSON mapping over descriptor
 * reflection (the bundle uses no JSON library). Not API: may change without notice.
 */
package org.meshbench.protocol.internal.json;
