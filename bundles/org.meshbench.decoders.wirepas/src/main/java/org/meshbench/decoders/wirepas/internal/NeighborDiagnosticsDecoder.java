package org.meshbench.decoders.wirepas.internal;

import static org.meshbench.decoders.wirepas.internal.FieldSpec.u24;
import static org.meshbench.decoders.wirepas.internal.FieldSpec.u8;

import java.util.ArrayList;
import java.util.List;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.PayloadReader;

/**
 * Neighbor diagnostics, endpoints 252→255: 7-byte records (address, channel, radio power, node
 * info, RSSI as sent) until a record with address 0; the rest of the packet is zero padding.
 */
public final class NeighborDiagnosticsDecoder implements Decoder {

    private static final Layout RECORD = Layout.of(u24("address").as(Conversion.HEX),
            u8("cluster_channel"), u8("radio_power"), u8("node_info"), u8("rssi"));

    @Override
    public DecodedPacket decode(byte[] payload, PacketContext context) throws DecodeException {
        PayloadReader in = new PayloadReader(payload);
        List<DecodedField> neighbors = new ArrayList<>();
        while (in.remaining() > 0 && !startsPadding(in)) {
            int offset = in.position();
            List<DecodedField> record = RECORD.read(in);
            neighbors.add(Fields.group(Fields.indexed("neighbor", neighbors.size()), offset,
                    RECORD.size(), record));
        }
        int count = neighbors.size();
        DecodedPacket.Builder packet = DecodedPacket.builder(count + (count == 1 ? " neighbor" : " neighbors"))
                .fields(neighbors).series("neighbor_count", count, "");
        if (in.remaining() > 0) {
            packet.field(Fields.bytes(in, "padding", in.remaining()));
        }
        return packet.build();
    }

    /** A zero address ends the list; what follows must be zeros too. */
    private static boolean startsPadding(PayloadReader in) throws DecodeException {
        int start = in.position();
        for (int i = start; i < Math.min(start + 3, in.length()); i++) {
            if (in.peek(i) != 0) {
                return false;
            }
        }
        for (int i = start; i < in.length(); i++) {
            if (in.peek(i) != 0) {
                throw new DecodeException(i, "non-zero byte after the end of the neighbor list");
            }
        }
        return true;
    }
}
