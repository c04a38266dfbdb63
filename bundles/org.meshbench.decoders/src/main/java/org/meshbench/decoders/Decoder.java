package org.meshbench.decoders;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns the payload of one packet into a {@link DecodedPacket}. Implemented by plug-ins and
 * contributed through the {@value DecoderExtensionPoint#ID} extension point.
 *
 * <p>Implementations must be thread-safe and should be stateless: the registry creates one
 * instance per contribution and may call it from several threads at once. A call must return
 * quickly (the registry gives each call a time budget of a few hundred milliseconds) and must not
 * block on I/O. A decoder that throws anything but {@link DecodeException}, returns an invalid
 * result or overruns its budget counts as faulty; after repeated faults it is disabled.
 *
 * @since 0.1
 */
@ConsumerType
public interface Decoder {

    /**
     * Decodes one payload.
     *
     * @param payload the application payload; the decoder gets its own copy and may keep it
     * @param context where the packet came from and how it travelled
     * @return the decoded packet; every field's byte span must lie inside the payload
     * @throws DecodeException when the payload does not follow the format, naming the offset
     */
    DecodedPacket decode(byte[] payload, PacketContext context) throws DecodeException;
}
