package org.meshbench.mesh.appconfig;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * App config data in the Wirepas TLV layout: magic {@code F6 7E}, an entry count, then per entry
 * the type's low byte, a length byte (bit 7 set when a second type byte, the high one, follows)
 * and the value. Immutable and thread-safe; the {@code with…} methods return changed copies.
 * Entries keep their order, so parsing and serialising an unchanged config gives the same bytes
 * (without padding).
 *
 * <p>The serialised size must not exceed the sink's {@code app_config_max_size} (80 bytes on
 * current sinks); check {@link #toBytes()}{@code .length} against the sink's value.
 *
 * @since 0.1
 */
public final class TlvAppConfig {

    /** Entry type of the local provisioning setting. */
    public static final int LOCAL_PROVISIONING = 0xC4;

    private static final int MAX_TYPE = 0xFFFF;
    private static final int MAX_VALUE_LENGTH = 0x7F;
    private static final int MAX_ENTRIES = 0xFF;
    private static final int PSK_ID_LENGTH = 4;
    private static final int PSK_LENGTH = 32;

    private final Map<Integer, byte[]> entries;

    private TlvAppConfig(Map<Integer, byte[]> entries) {
        this.entries = entries;
    }

    /** @return a config without entries */
    public static TlvAppConfig empty() {
        return new TlvAppConfig(new LinkedHashMap<>());
    }

    /**
     * @param data app config data, possibly padded
     * @return its entries (a repeated type keeps its last value), or empty if the data does not
     *         follow the TLV layout ({@link #layout} says why)
     */
    public static Optional<TlvAppConfig> parse(byte[] data) {
        Map<Integer, byte[]> entries = new LinkedHashMap<>();
        try {
            TlvReader.read(data).forEach(entry -> entries.put(entry.type(), entry.value()));
        } catch (TlvFormatException notTlv) {
            return Optional.empty();
        }
        return Optional.of(new TlvAppConfig(entries));
    }

    /**
     * @param data app config data, possibly padded
     * @return its entries in order, with where each one lies; bytes after the last one are padding
     * @throws TlvFormatException if the data does not follow the TLV layout, naming the offset
     */
    public static List<TlvEntry> layout(byte[] data) throws TlvFormatException {
        return TlvReader.read(data);
    }

    /** @return the entries by type, in order; values are copies */
    public Map<Integer, byte[]> entries() {
        Map<Integer, byte[]> copy = new LinkedHashMap<>();
        entries.forEach((type, value) -> copy.put(type, value.clone()));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * @param type entry type, 0..0xFFFF
     * @param value entry value, at most 127 bytes
     * @return a copy with the entry added, or replaced in place if the type exists
     * @throws IllegalArgumentException if the type, the value or the entry count is out of range
     */
    public TlvAppConfig with(int type, byte[] value) {
        if (type < 0 || type > MAX_TYPE) {
            throw new IllegalArgumentException("entry type must be 0..0xFFFF, got " + type);
        }
        if (value.length > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("a value holds at most " + MAX_VALUE_LENGTH + " bytes");
        }
        Map<Integer, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put(type, value.clone());
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
        Map<Integer, byte[]> changed = new LinkedHashMap<>(entries);
        changed.remove(type);
        return new TlvAppConfig(changed);
    }

    /**
     * @param enabled whether nodes may be provisioned locally
     * @return a copy with the local provisioning entry set to enabled ({@code 01}) or disabled ({@code 00})
     */
    public TlvAppConfig withLocalProvisioning(boolean enabled) {
        return with(LOCAL_PROVISIONING, new byte[] {(byte) (enabled ? 1 : 0)});
    }

    /**
     * @param pskId 4-byte id of the pre-shared key
     * @param psk 32-byte pre-shared key
     * @return a copy with local provisioning enabled with that key ({@code 02 ‖ id ‖ key})
     */
    public TlvAppConfig withLocalProvisioning(byte[] pskId, byte[] psk) {
        if (pskId.length != PSK_ID_LENGTH || psk.length != PSK_LENGTH) {
            throw new IllegalArgumentException("the PSK id is 4 bytes and the PSK 32 bytes");
        }
        byte[] value = new byte[1 + PSK_ID_LENGTH + PSK_LENGTH];
        value[0] = 2;
        System.arraycopy(pskId, 0, value, 1, PSK_ID_LENGTH);
        System.arraycopy(psk, 0, value, 1 + PSK_ID_LENGTH, PSK_LENGTH);
        return with(LOCAL_PROVISIONING, value);
    }

    /** @return the app config data, without padding */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(TlvReader.MAGIC);
        out.write(entries.size());
        entries.forEach((type, value) -> {
            out.write(type & 0xFF);
            if (type > 0xFF) {
                out.write(value.length | TlvReader.LONG_TYPE_FLAG);
                out.write(type >>> 8);
            } else {
                out.write(value.length);
            }
            out.writeBytes(value);
        });
        return out.toByteArray();
    }

    /** @return whether the other config serialises to the same bytes */
    @Override
    public boolean equals(Object other) {
        return other instanceof TlvAppConfig config && Arrays.equals(toBytes(), config.toBytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toBytes());
    }

    /** @return the entries as {@code type=hex} */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("TlvAppConfig[");
        entries.forEach((type, value) -> text.append(String.format("0x%X=%s ", type, HexFormat.of().formatHex(value))));
        return text.toString().strip() + "]";
    }
}
