package org.meshbench.decoders.wirepas.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.PayloadReader;

/** The CBOR map of network parameters in an unsecured provisioning DATA frame. */
final class ProvisioningData {

    private static final int NODE_ROLE = 5;
    private static final int FIRST_USER_KEY = 128;
    private static final Map<Long, String> KEYS = Map.of(0L, "encryption_key", 1L, "authentication_key",
            2L, "network_address", 3L, "network_channel", 4L, "node_id", (long) NODE_ROLE, "node_role");

    private ProvisioningData() {
    }

    /**
     * @param payload the whole payload
     * @param in reader positioned at the CBOR map; moved past it
     * @return the map as a group of named fields
     * @throws DecodeException if the bytes are not a CBOR map with integer keys
     */
    static DecodedField decode(byte[] payload, PayloadReader in) throws DecodeException {
        int start = in.position();
        CborItem item = CborReader.read(payload, start);
        if (!(item instanceof CborItem.KeyValues map)) {
            throw new DecodeException(start, "provisioning data must be a CBOR map");
        }
        List<DecodedField> entries = new ArrayList<>();
        for (CborItem.Entry entry : map.entries()) {
            OptionalLong key = CborFields.longValue(entry.key());
            if (key.isEmpty()) {
                throw new DecodeException(entry.key().offset(), "provisioning data key is not an integer");
            }
            entries.add(entry(key.getAsLong(), entry.value()));
        }
        in.bytes(item.length(), "provisioning data");
        return Fields.group("data", start, item.length(), entries);
    }

    private static DecodedField entry(long key, CborItem value) {
        OptionalLong number = CborFields.longValue(value);
        if (key == NODE_ROLE && number.isPresent()) {
            DecodedField.Builder role = DecodedField.builder("node_role").span(value.offset(), value.length());
            Conversion.ROLE.apply(number.getAsLong(), role);
            return role.build();
        }
        String name = KEYS.getOrDefault(key, key >= FIRST_USER_KEY ? "user_" + key : "key_" + key);
        return CborFields.field(name, value);
    }
}
