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
import org.meshbench.decoders.wirepas.appconfig.TlvAppConfig;

/**
 * App config data in the Wirepas TLV layout. Not bound to endpoints: app config travels in sink
 * configurations, not in packets, so callers decode it by id; as a heuristic it also recognises
 * the layout in packets whose endpoints have no decoder.
 */
public final class TlvAppConfigDecoder implements HeuristicDecoder {

    private static final int SHORT_HEADER = 2;

    @Override
    public boolean canDecode(byte[] payload, PacketContext context) {
        return TlvAppConfig.isTlv(payload);
    }

    @Override
    public DecodedPacket decode(byte[] payload, PacketContext context) throws DecodeException {
        TlvAppConfigParser.Parsed parsed = TlvAppConfigParser.parse(payload);
        List<DecodedField> fields = new ArrayList<>();
        fields.add(DecodedField.builder("magic").bytes(TlvAppConfigParser.MAGIC).span(0, 2).build());
        fields.add(DecodedField.builder("entry_count").value(parsed.entries().size()).span(2, 1).build());
        List<TlvAppConfigParser.Entry> entries = parsed.entries();
        for (int i = 0; i < entries.size(); i++) {
            fields.add(entry(Fields.indexed("entry", i), entries.get(i)));
        }
        if (parsed.end() < payload.length) {
            fields.add(DecodedField.builder("padding").bytes(Arrays.copyOfRange(payload, parsed.end(), payload.length))
                    .span(parsed.end(), payload.length - parsed.end()).build());
        }
        List<String> types = entries.stream().map(e -> typeName(e.type())).toList();
        return DecodedPacket.builder("TLV app config: " + entries.size()
                + (entries.size() == 1 ? " entry" : " entries") + (types.isEmpty() ? "" : " (" + String.join(", ", types) + ")"))
                .fields(fields).build();
    }

    private static DecodedField entry(String name, TlvAppConfigParser.Entry entry) {
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
