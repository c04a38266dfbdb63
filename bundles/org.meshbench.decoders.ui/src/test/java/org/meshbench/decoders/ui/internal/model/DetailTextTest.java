package org.meshbench.decoders.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.decoders.DecoderSelection;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.SelectionReason;
import org.meshbench.decoders.ui.internal.testing.Packets;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.decoding.PacketContexts;

class DetailTextTest {

    private static final String ORIGIN = "#3: 2 bytes from node 1234 to node 1, endpoints 253→255, via gw1/sink0, "
            + "network 4660\n";

    @Test
    void namesTheWinnerWhyItWonAndTheAlternatives() {
        PacketRow row = Packets.decoded(3, Packets.packet(1234, 253, 255, (byte) 1, (byte) 2), "com.example.thermo",
                SelectionReason.BINDING, List.of("com.example.raw"));

        assertEquals(ORIGIN + "Decoder: Thermo (com.example.thermo), by its binding for 253→255\n"
                + "Alternatives: Raw\nSummary: decoded by com.example.thermo", DetailText.of(row, Packets::name));
    }

    @Test
    void saysWhenDecodeAsChoseTheDecoder() {
        PacketRow row = Packets.decoded(3, Packets.packet(1234, 253, 255, (byte) 1, (byte) 2), "com.example.raw",
                SelectionReason.OVERRIDE, List.of());

        assertEquals(ORIGIN + "Decoder: Raw (com.example.raw), by Decode As for 253→255\nAlternatives: none\n"
                + "Summary: decoded by com.example.raw", DetailText.of(row, Packets::name));
    }

    @Test
    void showsTheErrorOfAFailedDecoder() {
        PacketRow row = Packets.failed(3, Packets.packet(1234, 253, 255, (byte) 1, (byte) 2), "com.example.node",
                "at offset 2: payload ends early");

        assertEquals(ORIGIN + "Decoder: Node (com.example.node), by its binding for 253→255\nAlternatives: none\n"
                + "Error: malformed payload: at offset 2: payload ends early (raw bytes kept)",
                DetailText.of(row, Packets::name));
    }

    @Test
    void saysWhenNoDecoderApplies() {
        ReceivedPacket packet = Packets.packet(1234, 253, 255, (byte) 1, (byte) 2);
        PacketContext context = PacketContexts.of(packet).orElseThrow();
        PacketRow row = new PacketRow(3, packet, Optional.of(context), Optional.of(DecodeOutcome.undecoded(
                new byte[] {1, 2}, context, DecoderSelection.none(List.of()))), "", "");

        assertEquals(ORIGIN + "Decoder: none applies to 253→255; the raw bytes are kept\nAlternatives: none\n"
                + "Summary: 2 bytes: 0102", DetailText.of(row, Packets::name));
    }

    @Test
    void aPacketTheRegistryWasNotAskedAboutShowsWhy() {
        ReceivedPacket packet = Packets.withheld(1234, 12);
        PacketRow row = new PacketRow(3, packet, PacketContexts.of(packet), Optional.empty(), "",
                "payload withheld by the gateway");

        assertEquals("#3: 12 bytes from node 1234 to node 1, endpoints 1→1, via gw1/sink0, network 4660\n"
                + "payload withheld by the gateway", DetailText.of(row, Packets::name));
    }
}
