package org.meshbench.decoders.ui.internal.capture;

import java.util.Optional;
import java.util.function.Supplier;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.decoders.DecoderInfo;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.decoders.PacketContext;
import org.meshbench.network.decoding.PacketContexts;
import org.meshbench.decoders.ui.internal.model.PacketRow;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.value.Bytes;

/**
 * Decodes one received packet with the current decoder registry into a table row. The registry
 * picks the decoder, applying the user's "Decode As" overrides, and isolates it; this class only
 * explains the rows it cannot ask the registry about. Thread-safe; meant for a worker thread, since
 * decoding may take up to the registry's time budget.
 */
public final class RowDecoder {

    private final Supplier<Optional<DecoderRegistry>> registry;

    /** @param registry the current registry, if there is one */
    public RowDecoder(Supplier<Optional<DecoderRegistry>> registry) {
        this.registry = registry;
    }

    /**
     * @param number the row number
     * @param packet the packet
     * @return its row
     */
    public PacketRow decode(long number, ReceivedPacket packet) {
        Optional<PacketContext> context = PacketContexts.of(packet);
        ReceivedDataEvent event = packet.event();
        Optional<Bytes> payload = event.payload();
        Optional<DecoderRegistry> current = registry.get();
        if (context.isEmpty()) {
            return undecoded(number, packet, context, "endpoints " + event.sourceEndpoint() + "→"
                    + event.destinationEndpoint() + " do not fit in a byte, so no decoder applies");
        }
        if (payload.isEmpty()) {
            return undecoded(number, packet, context, "payload withheld by the gateway");
        }
        if (current.isEmpty()) {
            return undecoded(number, packet, context, "no decoder registry: " + payload.get().size()
                    + " bytes: " + payload.get().toHex());
        }
        try {
            DecodeOutcome outcome = current.get().decode(payload.get().toByteArray(), context.get());
            String name = outcome.selection().decoderId()
                    .map(id -> current.get().decoder(id).map(DecoderInfo::name).orElse(id)).orElse("");
            return new PacketRow(number, packet, context, Optional.of(outcome), name, "");
        } catch (RuntimeException e) {
            // the registry isolates decoders and never throws, but a registry going away while in use
            // can refuse work; the row keeps its bytes and the stream goes on
            return undecoded(number, packet, context, "decoder registry unavailable: " + e.getMessage());
        }
    }

    /**
     * @param row a row
     * @return the row decoded again, e.g. after a "Decode As" change
     */
    public PacketRow redecode(PacketRow row) {
        return decode(row.number(), row.packet());
    }

    private static PacketRow undecoded(long number, ReceivedPacket packet, Optional<PacketContext> context,
            String note) {
        return new PacketRow(number, packet, context, Optional.empty(), "", note);
    }
}
