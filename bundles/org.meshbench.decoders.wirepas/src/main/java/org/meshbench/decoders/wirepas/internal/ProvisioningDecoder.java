package org.meshbench.decoders.wirepas.internal;

import static org.meshbench.decoders.wirepas.internal.FieldSpec.u16;
import static org.meshbench.decoders.wirepas.internal.FieldSpec.u32;
import static org.meshbench.decoders.wirepas.internal.FieldSpec.u8;

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
 * Provisioning frames, endpoints 246→255 (node to server) and 255→246 (server to node): a header
 * (type, node address, session id) and a body per type. Unsecured DATA carries a CBOR map of the
 * network parameters; secured DATA is encrypted and ends with a 5-byte MIC, shown as bytes.
 */
public final class ProvisioningDecoder implements Decoder {

    private static final int START = 1;
    private static final int DATA = 2;
    private static final int DATA_ACK = 3;
    private static final int NACK = 4;
    private static final int MIC_LENGTH = 5;
    private static final int IV_LENGTH = 16;
    private static final Map<Long, String> TYPES = Map.of(1L, "START", 2L, "DATA", 3L, "DATA_ACK", 4L, "NACK");

    private static final Layout HEADER = Layout.of(u8("type").as(Conversion.named(TYPES)),
            u32("node_address").as(Conversion.HEX), u8("session_id"));

    @Override
    public DecodedPacket decode(byte[] payload, PacketContext context) throws DecodeException {
        PayloadReader in = new PayloadReader(payload);
        List<DecodedField> fields = new ArrayList<>(HEADER.read(in));
        int type = (int) Fields.number(fields, "type");
        switch (type) {
            case START -> start(in, fields);
            case DATA -> data(payload, in, fields);
            case DATA_ACK -> { }
            case NACK -> fields.add(Layout.read(in, u8("reason").as(Conversion.named(Map.of(0L, "not authorized",
                    1L, "method not supported", 2L, "invalid data", 3L, "invalid key")))));
            default -> throw new DecodeException(0, "unknown provisioning message type " + type);
        }
        Fields.unparsed(in).ifPresent(fields::add);
        return DecodedPacket.builder("provisioning " + TYPES.get((long) type) + ", node "
                + Fields.field(fields, "node_address").display() + ", session "
                + Fields.number(fields, "session_id")).fields(fields).build();
    }

    private static void start(PayloadReader in, List<DecodedField> fields) throws DecodeException {
        fields.add(Layout.read(in, u8("method").as(Conversion.named(Map.of(0L, "unsecured", 1L, "secured")))));
        fields.add(Fields.bytes(in, "iv", IV_LENGTH));
        in.require(1, "uid");
        fields.add(Fields.bytes(in, "uid", in.remaining()));
    }

    private static void data(byte[] payload, PayloadReader in, List<DecodedField> fields) throws DecodeException {
        DecodedField keyIndex = Layout.read(in, u8("key_index").as(Conversion.named(Map.of(0L, "none", 1L, "factory key"))));
        fields.add(keyIndex);
        fields.add(Layout.read(in, u16("counter")));
        if ((Long) keyIndex.value() == 0) {
            fields.add(ProvisioningData.decode(payload, in));
            return;
        }
        in.require(MIC_LENGTH + 1, "encrypted data and MIC");
        fields.add(Fields.bytes(in, "encrypted_data", in.remaining() - MIC_LENGTH));
        fields.add(Fields.bytes(in, "mic", MIC_LENGTH));
    }
}
