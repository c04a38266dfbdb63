package org.meshbench.testcases.internal.run;

import java.util.Optional;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.decoding.PacketContexts;

/**
 * Decodes received packets for test cases with the decoder registry the workbench and the CLI use, when one is
 * installed. Thread-safe: the registry isolates the decoders.
 */
public final class PacketDecoding {

    /** For runs without a decoder registry: nothing decodes. */
    public static final PacketDecoding NONE = new PacketDecoding(Optional.empty());

    private final Optional<DecoderRegistry> registry;

    private PacketDecoding(Optional<DecoderRegistry> registry) {
        this.registry = registry;
    }

    /**
     * @param registry the installed decoders
     * @return decoding with them
     */
    public static PacketDecoding with(DecoderRegistry registry) {
        return new PacketDecoding(Optional.of(registry));
    }

    /**
     * @param packet a received packet
     * @return the outcome; empty without a registry, for a packet that carries only its payload size, or for
     *         endpoints that the mesh could not have carried in a byte
     */
    Optional<DecodeOutcome> decode(ReceivedPacket packet) {
        if (registry.isEmpty() || packet.event().payload().isEmpty()) {
            return Optional.empty();
        }
        return PacketContexts.of(packet).map(context -> registry.get()
                .decode(packet.event().payload().get().toByteArray(), context));
    }
}
