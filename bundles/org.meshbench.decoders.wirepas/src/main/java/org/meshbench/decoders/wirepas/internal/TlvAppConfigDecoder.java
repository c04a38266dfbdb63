package org.meshbench.decoders.wirepas.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.HeuristicDecoder;
import org.meshbench.decoders.PacketContext;
import org.meshbench.mesh.appconfig.TlvAppConfig;
import org.meshbench.mesh.appconfig.TlvEntry;
import org.meshbench.mesh.appconfig.TlvFormatException;

/**
 * App config data in the Wirepas TLV layout. Not bound to endpoints: app config travels in sink
 * configurations, not in packets, so callers decode it by id; as a heuristic it also recognises
 * the layout in packets whose endpoints have no decoder.
 */
public final class TlvAppConfigDecoder implements HeuristicDecoder {

    private static final int SHORT_HEADER = 2;
    private static final int MAGIC_LENGTH = 2;

    @Override
    public boolean canDecode(byte[] payload, PacketContext context) {
        return TlvAppConfig.parse(payload).isPresent();
    }

    @Override
    public DecodedPacket decode(byte[] payload, PacketContext context) throws DecodeException {
        List<TlvEntry> entries = layout(payload);
        List<DecodedField> fields = new ArrayList<>();
        fields.add(DecodedField.builder("magic").bytes(Arrays.copyOf(payload, MAGIC_LENGTH)).span(0, MAGIC_LENGTH)
                .build());
        fields.add(DecodedField.builder("entry_count").value(entries.size()).span(MAGIC_LENGTH, 1).build());
        for (int i = 0; i < entries.size(); i++) {
            fields.add(entry(Fields.indexed("entry", i), entries.get(i)));
        }
        int end = entries.isEmpty() ? MAGIC_LENGTH + 1 : entries.get(entries.size() - 1).end();
        if (end < payload.length) {
            fields.add(DecodedField.builder("padding").bytes(Arrays.copyOfRange(payload, end, payload.length))
                    .span(end, payload.length - end).build());
        }
        List<String> types = entries.stream().map(e -> typeName(e.type())).toList();
        return DecodedPacket.builder("TLV app config: " + entries.size()
                + (entries.size() == 1 ? " entry" : " entries") + (types.isEmpty() ? "" : " (" + String.join(", ", types) + ")"))
                .fields(fields).build();
    }

    private static List<TlvEntry> layout(byte[] payload) throws DecodeException {
        try {
            return TlvAppConfig.layout(payload);
        } catch (TlvFormatException e) {
            throw new DecodeException(e.offset(), e.getMessage());
        }
    }

    private static DecodedField entry(String name, TlvEntry entry) {
        int headerLength = entry.valueOffset() - entry.offset();
        int length = entry.value().length;
        DecodedField.Builder group = DecodedField.builder(name).span(entry.offset(), headerLength + length)
                .child(DecodedField.builder("type").value(entry.type()).display(typeName(entry.type()))
                        // a two-byte type has its high byte after the length byte
                        .span(entry.offset(), headerLength == SHORT_HEADER ? 1 : headerLength).build())
                .child(DecodedField.builder("length").value(length).span(entry.offset() + 1, 1).build())
                .child(DecodedField.builder("value").bytes(entry.value()).span(entry.valueOffset(), length).build());
        if (entry.type() == TlvAppConfig.LOCAL_PROVISIONING) {
            LocalProvisioningValue.describe(entry).ifPresent(group::child);
        }
        return group.build();
    }

    private static String typeName(int type) {
        String hex = "0x" + Integer.toHexString(type).toUpperCase(Locale.ROOT);
        return type == TlvAppConfig.LOCAL_PROVISIONING ? hex + " local provisioning" : hex;
    }
}
