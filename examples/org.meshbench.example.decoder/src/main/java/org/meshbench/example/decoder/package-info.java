/**
 * A complete example of a Meshbench decoder plug-in: the decoder and encoder of a made-up vendor
 * sensor, contributed through the {@code org.meshbench.decoders} extension point in
 * {@code plugin.xml}. Nothing here is exported; Meshbench reaches the classes through the
 * extension registry only.
 */
package org.meshbench.example.decoder;
