package org.meshbench.decoders.wirepas.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.PayloadReader;

/**
 * Positioning application (PosLib), endpoints 238→238: a 16-bit sequence, then measurement
 * records (type, length, value). RSS records list beacons with a 3- or 4-byte address and the
 * RSS byte the tag sends, −2 × dBm.
 */
public final class PositioningDecoder implements Decoder {

    private static final Map<Integer, String> RSS_3_BYTE = Map.of(0x00, "rss_sr", 0x01, "rss_hr", 0xF0, "rss_sr_anchor");
    private static final Map<Integer, String> RSS_4_BYTE = Map.of(0x05, "rss_sr", 0xF5, "rss_sr_anchor");
    private static final int VOLTAGE = 0x04;
    private static final int NODE_INFO = 0x06;
    private static final int DIRECTED_ADVERTISER = 0x07;

    @Override
    public DecodedPacket decode(byte[] payload, PacketContext context) throws DecodeException {
        PayloadReader in = new PayloadReader(payload);
        List<DecodedField> fields = new ArrayList<>();
        fields.add(Layout.read(in, FieldSpec.u16("sequence")));
        PositioningSummary summary = new PositioningSummary(Fields.number(fields, "sequence"));
        for (Tlv.Record record : Tlv.records(payload, in)) {
            DecodedField field = record(record);
            summary.add(field);
            fields.add(field);
        }
        DecodedPacket.Builder packet = DecodedPacket.builder(summary.text()).fields(fields)
                .series("beacon_count", summary.beacons(), "");
        summary.voltage().ifPresent(mv -> packet.series("voltage", mv, "mV"));
        return packet.build();
    }

    private static DecodedField record(Tlv.Record record) throws DecodeException {
        int type = record.type();
        if (RSS_3_BYTE.containsKey(type)) {
            return beacons(record, RSS_3_BYTE.get(type), 3);
        }
        if (RSS_4_BYTE.containsKey(type)) {
            return beacons(record, RSS_4_BYTE.get(type), 4);
        }
        return switch (type) {
            case VOLTAGE -> fixed(record, "voltage", Layout.of(FieldSpec.u16("voltage").as(Conversion.unit("mV"))));
            case NODE_INFO -> fixed(record, "node_info", Layout.of(FieldSpec.u32("update_s").as(Conversion.unit("s")),
                    FieldSpec.u32("features").as(Conversion.HEX), FieldSpec.u8("node_mode"), FieldSpec.u8("node_class")));
            case DIRECTED_ADVERTISER -> fixed(record, "directed_advertiser",
                    Layout.of(FieldSpec.u32("node_address").as(Conversion.HEX)));
            default -> record.asBytes(Fields.indexed("record", type));
        };
    }

    private static DecodedField beacons(Tlv.Record record, String name, int addressSize) throws DecodeException {
        int entrySize = addressSize + 1;
        if (record.length() % entrySize != 0) {
            throw new DecodeException(record.offset() + 1, name + " length " + record.length()
                    + " is not a multiple of " + entrySize);
        }
        Layout entry = Layout.of(new FieldSpec("address", addressSize, Conversion.HEX),
                FieldSpec.u8("rss").as(Conversion.linear(-0.5, 0, 1, "dBm")));
        List<DecodedField> beacons = new ArrayList<>();
        PayloadReader in = record.reader();
        while (in.remaining() > 0) {
            int start = in.position();
            beacons.add(Fields.group(Fields.indexed("beacon", beacons.size()), start, entrySize, entry.read(in)));
        }
        return Fields.group(name, record.offset(), record.size(), beacons);
    }

    private static DecodedField fixed(Tlv.Record record, String name, Layout layout) throws DecodeException {
        if (record.length() != layout.size()) {
            throw new DecodeException(record.offset() + 1, name + " record must hold " + layout.size()
                    + " bytes, not " + record.length());
        }
        List<DecodedField> values = layout.read(record.reader());
        return values.size() == 1 && values.get(0).name().equals(name)
                ? values.get(0) : Fields.group(name, record.offset(), record.size(), values);
    }
}
