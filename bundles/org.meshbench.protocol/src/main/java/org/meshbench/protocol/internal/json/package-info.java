/**
 * Internal: protobuf's canonical JSON mapping over descriptor reflection, on the JSON trees of
 * {@code org.meshbench.json} (the bundle uses no JSON library). Not API: may change without notice.
 */
package org.meshbench.protocol.internal.json;
