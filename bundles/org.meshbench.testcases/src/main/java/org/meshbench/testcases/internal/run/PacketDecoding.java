package org.meshbench.testcases.internal.run;

import java.util.Optional;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.decoders.PacketContext;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.protocol.message.ReceivedDataEvent;

/**
 * Decodes received packets for test cases with the decoder registry the workbench and the CLI use, when one is
 * installed. Thread-safe: the registry isolates the decoders.
 */
public final class PacketDecoding {

    /** For runs without a decoder registry: nothing decodes. */
    public static final PacketDecoding NONE = new PacketDecoding(Optional.empty());

    private static final int MAX_ENDPOINT = 255;

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
        ReceivedDataEvent event = packet.event();
        if (registry.isEmpty() || event.payload().isEmpty() || event.sourceEndpoint() > MAX_ENDPOINT
                || event.destinationEndpoint() > MAX_ENDPOINT) {
            return Optional.empty();
        }
        PacketContext context = new PacketContext(packet.sink().gatewayId(), packet.sink().sinkId(),
                packet.networkAddress(), event.sourceAddress(), event.destinationAddress(),
                (int) event.sourceEndpoint(), (int) event.destinationEndpoint(), (int) event.hopCount().orElse(0),
                event.travelTimeMs(), event.rxTimeMsEpoch(), (int) event.qos());
        return Optional.of(registry.get().decode(event.payload().get().toByteArray(), context));
    }
}
