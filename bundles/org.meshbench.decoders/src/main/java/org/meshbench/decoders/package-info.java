/**
 * Decoder API: what a plug-in implements to turn a Wirepas application payload (APDU) into a
 * tree of named fields, and the registry that picks a decoder for each packet.
 *
 * <p>Plug-ins implement {@link org.meshbench.decoders.Decoder} (and optionally
 * {@link org.meshbench.decoders.HeuristicDecoder} or {@link org.meshbench.decoders.PayloadEncoder})
 * and contribute it through the {@value org.meshbench.decoders.DecoderExtensionPoint#ID}
 * extension point. Everything else here is provided by Meshbench.
 *
 * @since 0.1
 */
package org.meshbench.decoders;
