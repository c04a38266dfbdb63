package org.meshbench.decoders.wirepas.internal;

import static org.meshbench.decoders.wirepas.internal.FieldSpec.u16;
import static org.meshbench.decoders.wirepas.internal.FieldSpec.u8;

import java.util.List;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.PayloadReader;

/**
 * Traffic diagnostics, endpoints 251→255: 18 bytes of radio statistics. The first two bytes were
 * one 16-bit access-cycle count before stack 4.0; they are decoded as the 4.x cluster counts.
 * The ratio bytes are shown raw: 254 and 255 occur, so they are not plain percentages.
 */
public final class TrafficDiagnosticsDecoder implements Decoder {

    private static final Layout LAYOUT = Layout.of(
            u8("cluster_members"), u8("cluster_headnode_members"), u8("cluster_channel"),
            u8("channel_reliability"), u16("rx_amount"), u16("tx_amount"), u8("aloha_rx_ratio"),
            u8("reserved_rx_success_ratio"), u8("data_rx_ratio"), u8("rx_duplicate_ratio"),
            u8("cca_success_ratio"), u8("broadcast_ratio"), u8("failed_unicast_ratio"),
            u8("max_reserved_slot_usage"), u8("average_reserved_slot_usage"), u8("max_aloha_slot_usage"));

    @Override
    public DecodedPacket decode(byte[] payload, PacketContext context) throws DecodeException {
        PayloadReader in = new PayloadReader(payload);
        List<DecodedField> fields = LAYOUT.read(in);
        long rx = Fields.number(fields, "rx_amount");
        long tx = Fields.number(fields, "tx_amount");
        DecodedPacket.Builder packet = DecodedPacket.builder("traffic: rx " + rx + ", tx " + tx
                + ", channel " + Fields.number(fields, "cluster_channel"))
                .fields(fields).series("rx_amount", rx, "").series("tx_amount", tx, "");
        Fields.unparsed(in).ifPresent(packet::field);
        return packet.build();
    }
}
