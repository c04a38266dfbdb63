package org.meshbench.network;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.meshbench.protocol.value.Bytes;

/**
 * App config data in the Wirepas TLV layout: magic {@code F6 7E}, an entry count, then per entry
 * the type's low byte, a length byte (bit 7 set when a second type byte, the high one, follows)
 * and the value. Immutable; the {@code with…} methods return changed copies. Entry order is kept,
 * so an unchanged config serialises to the bytes it was parsed from (minus trailing padding).
 */
public final class TlvAppConfig {

    /** Entry type of the local provisioning setting. */
    public static final int LOCAL_PROVISIONING = 0xC4;

    private static final int MAGIC_0 = 0xF6;
    private static final int MAGIC_1 = 0x7E;
    private static final int HEADER_SIZE = 3;
    private static final int LONG_TYPE_FLAG = 0x80;
    private static final int MAX_TYPE = 0xFFFF;
    private static final int MAX_VALUE_LENGTH = 0x7F;
    private static final int MAX_ENTRIES = 0xFF;

    private final Map<Integer, Bytes> entries;

    private TlvAppConfig(Map<Integer, Bytes> entries) {
        this.entries = entries;
    }

    /** @return a config without entries */
    public static TlvAppConfig empty() {
        return new TlvAppConfig(new LinkedHashMap<>());
    }

    /**
     * @param data app config data; bytes after the last entry (padding) are ignored
     * @return the config, or empty if the data is not in the TLV layout
     */
    public static Optional<TlvAppConfig> parse(Bytes data) {
        byte[] bytes = data.toByteArray();
        if (bytes.length < HEADER_SIZE || (bytes[0] & 0xFF) != MAGIC_0 || (bytes[1] & 0xFF) != MAGIC_1) {
            return Optional.empty();
        }
        Map<Integer, Bytes> entries = new LinkedHashMap<>();
        int offset = HEADER_SIZE;
        for (int i = 0; i < (bytes[2] & 0xFF); i++) {
            if (offset + 2 > bytes.length) {
                return Optional.empty();
            }
            int type = bytes[offset++] & 0xFF;
            int lengthByte = bytes[offset++] & 0xFF;
            if ((lengthByte & LONG_TYPE_FLAG) != 0) {
                if (offset >= bytes.length) {
                    return Optional.empty();
                }
                type |= (bytes[offset++] & 0xFF) << 8;
            }
            int length = lengthByte & MAX_VALUE_LENGTH;
            if (offset + length > bytes.length) {
                return Optional.empty();
            }
            entries.put(type, Bytes.of(Arrays.copyOfRange(bytes, offset, offset + length)));
            offset += length;
        }
        return Optional.of(new TlvAppConfig(entries));
    }

    /** @return the entries by type, in order (unmodifiable) */
    public Map<Integer, Bytes> entries() {
        return Collections.unmodifiableMap(entries);
    }

    /**
     * @param type entry type, 0..0xFFFF
     * @param value entry value, at most 127 bytes
     * @return a copy with the entry added at the end, or replaced in place if the type exists
     * @throws IllegalArgumentException if the type, the value or the entry count is out of range
     */
    public TlvAppConfig with(int type, Bytes value) {
        if (type < 0 || type > MAX_TYPE) {
            throw new IllegalArgumentException("entry type must be 0..0xFFFF, got " + type);
        }
        if (value.size() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("an entry value holds at most " + MAX_VALUE_LENGTH + " bytes");
        }
        Map<Integer, Bytes> changed = new LinkedHashMap<>(entries);
        changed.put(type, Objects.requireNonNull(value, "value"));
        if (changed.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("a TLV app config holds at most " + MAX_ENTRIES + " entries");
        }
        return new TlvAppConfig(changed);
    }

    /**
     * @param type entry type
     * @return a copy without that entry
     */
    public TlvAppConfig without(int type) {
        Map<Integer, Bytes> changed = new LinkedHashMap<>(entries);
        changed.remove(type);
        return new TlvAppConfig(changed);
    }

    /**
     * @param enabled whether nodes may be provisioned locally
     * @return a copy with the local provisioning entry {@code 01} (enabled) or {@code 00} (disabled)
     */
    public TlvAppConfig withLocalProvisioning(boolean enabled) {
        return with(LOCAL_PROVISIONING, Bytes.of((byte) (enabled ? 1 : 0)));
    }

    /**
     * @param pskId the 4-byte id of the pre-shared key
     * @param psk the 32-byte pre-shared key
     * @return a copy with local provisioning enabled with that key ({@code 02 ‖ id ‖ key})
     */
    public TlvAppConfig withLocalProvisioning(Bytes pskId, Bytes psk) {
        if (pskId.size() != 4 || psk.size() != 32) {
            throw new IllegalArgumentException("the PSK id has 4 bytes and the PSK 32 bytes");
        }
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        value.write(2);
        value.writeBytes(pskId.toByteArray());
        value.writeBytes(psk.toByteArray());
        return with(LOCAL_PROVISIONING, Bytes.of(value.toByteArray()));
    }

    /** @return the serialised app config data, without padding */
    public Bytes toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(MAGIC_0);
        out.write(MAGIC_1);
        out.write(entries.size());
        entries.forEach((type, value) -> {
            out.write(type & 0xFF);
            if (type > 0xFF) {
                out.write(value.size() | LONG_TYPE_FLAG);
                out.write(type >>> 8);
            } else {
                out.write(value.size());
            }
            out.writeBytes(value.toByteArray());
        });
        return Bytes.of(out.toByteArray());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TlvAppConfig config && entries.equals(config.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** @return the entries as {@code type=hex} */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("TlvAppConfig[");
        entries.forEach((type, value) -> text.append(String.format("0x%X=%s ", type, value.toHex())));
        return text.toString().strip() + "]";
    }
}
