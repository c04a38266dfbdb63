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
 * Advertiser reports, endpoints 200→200: a header (bit 7 = 4-byte addresses, bits 0..6 = report
 * type; then a message count) and records of address plus one value byte. For RSS reports the
 * value is (dBm + 127) × 2; a raw 0 is a valid −127 dBm reading and is kept.
 */
public final class AdvertiserDecoder implements Decoder {

    private static final int LONG_ADDRESS_FLAG = 0x80;
    private static final int TYPE_RSS = 2;
    private static final Map<Long, String> TYPES = Map.of(2L, "RSS", 3L, "OTAP", 6L, "sequence");

    @Override
    public DecodedPacket decode(byte[] payload, PacketContext context) throws DecodeException {
        PayloadReader in = new PayloadReader(payload);
        int header = in.u8("type");
        boolean longAddresses = (header & LONG_ADDRESS_FLAG) != 0;
        int type = header & ~LONG_ADDRESS_FLAG;
        String typeName = TYPES.getOrDefault((long) type, "type " + type);
        List<DecodedField> fields = new ArrayList<>();
        fields.add(DecodedField.builder("type").value(type).span(0, 1)
                .display(typeName + (longAddresses ? ", 4-byte addresses" : "")).build());
        fields.add(Layout.read(in, FieldSpec.u8("message_count")));
        Layout record = Layout.of(new FieldSpec("address", longAddresses ? 4 : 3, Conversion.HEX),
                type == TYPE_RSS ? FieldSpec.u8("rss").as(Conversion.linear(0.5, -127, 1, "dBm")) : FieldSpec.u8("value"));
        int count = 0;
        while (in.remaining() > 0) {
            int offset = in.position();
            fields.add(Fields.group(Fields.indexed("advertiser", count++), offset, record.size(), record.read(in)));
        }
        return DecodedPacket.builder("advertiser " + typeName + " report: " + count + (count == 1 ? " device" : " devices"))
                .fields(fields).series("device_count", count, "").build();
    }
}
