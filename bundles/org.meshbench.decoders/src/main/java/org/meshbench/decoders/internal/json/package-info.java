/** A small JSON reader for test vector files, so that the bundle needs no JSON library. */
package org.meshbench.decoders.internal.json;
