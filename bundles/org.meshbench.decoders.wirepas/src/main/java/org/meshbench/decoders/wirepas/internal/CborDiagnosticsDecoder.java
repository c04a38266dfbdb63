package org.meshbench.decoders.wirepas.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.PacketContext;

/**
 * CBOR diagnostics, endpoints 247→255: one CBOR map from integer ids to values or arrays. Known
 * ids get names ({@link DiagnosticIds}); unknown ids are kept as {@code id_<n>}, so a newer stack
 * still decodes.
 */
public final class CborDiagnosticsDecoder implements Decoder {

    @Override
    public DecodedPacket decode(byte[] payload, PacketContext context) throws DecodeException {
        CborItem root = CborReader.read(payload, 0);
        if (!(root instanceof CborItem.KeyValues map)) {
            throw new DecodeException(0, "CBOR diagnostics must be a map");
        }
        List<DecodedField> fields = new ArrayList<>();
        int unknown = 0;
        for (CborItem.Entry entry : map.entries()) {
            OptionalLong id = CborFields.longValue(entry.key());
            if (id.isEmpty()) {
                throw new DecodeException(entry.key().offset(), "diagnostics key is not an integer id");
            }
            DecodedField field = named(id.getAsLong(), entry.value());
            unknown += field.name().startsWith("id_") ? 1 : 0;
            fields.add(field);
        }
        if (root.length() < payload.length) {
            fields.add(DecodedField.builder(Fields.UNPARSED)
                    .bytes(Arrays.copyOfRange(payload, root.length(), payload.length))
                    .span(root.length(), payload.length - root.length()).build());
        }
        DecodedPacket.Builder packet = DecodedPacket.builder("diagnostics: " + map.entries().size() + " values"
                + (unknown > 0 ? ", " + unknown + " unknown ids" : "")).fields(fields);
        fields.stream().filter(f -> f.name().equals("voltage") && f.value() instanceof Long)
                .findFirst().ifPresent(v -> packet.series("voltage", (Long) v.value(), ""));
        return packet.build();
    }

    private static DecodedField named(long id, CborItem value) {
        return DiagnosticIds.lookup(id).map(vector -> {
            if (value instanceof CborItem.Array array && !vector.elements().isEmpty()) {
                return CborFields.namedArray(vector.name(), array, vector.elements());
            }
            if (DiagnosticIds.VERSIONS.contains((int) id)) {
                return version(vector.name(), value);
            }
            return CborFields.field(vector.name(), value);
        }).orElseGet(() -> CborFields.field("id_" + id, value));
    }

    /** Versions are a 32-bit integer whose bytes, most significant first, are major.minor.maint.dev. */
    private static DecodedField version(String name, CborItem value) {
        OptionalLong packed = CborFields.longValue(value);
        if (packed.isEmpty()) {
            return CborFields.field(name, value);
        }
        long v = packed.getAsLong();
        return DecodedField.builder(name).value(v)
                .display(Fields.version(v >>> 24 & 0xFF, v >>> 16 & 0xFF, v >>> 8 & 0xFF, v & 0xFF))
                .span(value.offset(), value.length()).build();
    }
}
