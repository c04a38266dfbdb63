package org.meshbench.decoders.wirepas.internal;

import java.util.ArrayList;
import java.util.List;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.PayloadReader;

/**
 * The test-network application, endpoints 100→100: rows until a zero id byte. Each row has an id
 * byte (low nibble test data id, high nibble control bits), a size byte (low 6 bits field count,
 * high 2 bits bytes per field − 1) and that many little-endian values.
 */
public final class TestNetworkDecoder implements Decoder {

    @Override
    public DecodedPacket decode(byte[] payload, PacketContext context) throws DecodeException {
        PayloadReader in = new PayloadReader(payload);
        List<DecodedField> fields = new ArrayList<>();
        while (in.remaining() > 0 && in.peek(in.position()) != 0) {
            fields.add(row(in, fields.size()));
        }
        Fields.unparsed(in).ifPresent(fields::add);
        long rows = fields.stream().filter(f -> f.name().startsWith("row[")).count();
        return DecodedPacket.builder("test network: " + rows + (rows == 1 ? " row" : " rows"))
                .fields(fields).build();
    }

    private static DecodedField row(PayloadReader in, int index) throws DecodeException {
        int offset = in.position();
        int id = in.u8("row id");
        int size = in.u8("row size");
        int fieldCount = size & 0x3F;
        int bytesPerField = (size >>> 6) + 1;
        List<DecodedField> children = new ArrayList<>();
        children.add(DecodedField.builder("test_data_id").value(id & 0x0F).span(offset, 1).build());
        children.add(DecodedField.builder("id_ctrl").value(id >>> 4).span(offset, 1).build());
        children.add(DecodedField.builder("field_count").value(fieldCount).span(offset + 1, 1).build());
        children.add(DecodedField.builder("bytes_per_field").value(bytesPerField).span(offset + 1, 1).build());
        for (int i = 0; i < fieldCount; i++) {
            children.add(Layout.read(in, new FieldSpec(Fields.indexed("value", i), bytesPerField, Conversion.PLAIN)));
        }
        return Fields.group(Fields.indexed("row", index), offset, in.position() - offset, children);
    }
}
