package org.meshbench.decoders.wirepas.internal;

import java.util.ArrayList;
import java.util.List;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.PayloadReader;

/**
 * Reads the Wirepas TLV app config layout: magic {@code F6 7E}, an entry count, then per entry
 * the type's low byte, a length byte (bit 7 set: a second type byte, the high one, follows) and
 * the value. Bytes after the last entry are padding: app config data often fills the sink's
 * fixed-size buffer.
 */
public final class TlvAppConfigParser {

    /** The two bytes every TLV app config starts with. */
    public static final byte[] MAGIC = {(byte) 0xF6, 0x7E};

    /** Set in the length byte when the type takes two bytes. */
    public static final int LONG_TYPE_FLAG = 0x80;

    private TlvAppConfigParser() {
    }

    /**
     * @param data app config data
     * @return the entries and where each one lies
     * @throws DecodeException if the magic is missing or an entry is truncated
     */
    public static Parsed parse(byte[] data) throws DecodeException {
        PayloadReader in = new PayloadReader(data);
        byte[] magic = in.bytes(MAGIC.length, "magic");
        if (magic[0] != MAGIC[0] || magic[1] != MAGIC[1]) {
            throw new DecodeException(0, "not a TLV app config: it must start with F6 7E");
        }
        int count = in.u8("entry count");
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int offset = in.position();
            int type = in.u8("type of entry " + i);
            int length = in.u8("length of entry " + i);
            if ((length & LONG_TYPE_FLAG) != 0) {
                type |= in.u8("type high byte of entry " + i) << 8;
            }
            int valueOffset = in.position();
            byte[] value = in.bytes(length & ~LONG_TYPE_FLAG, "value of entry " + i);
            entries.add(new Entry(type, value, offset, valueOffset));
        }
        return new Parsed(entries, in.position());
    }

    /**
     * @param entries the entries in order
     * @param end offset after the last entry; any bytes from here on are padding
     */
    public record Parsed(List<Entry> entries, int end) {
    }

    /**
     * @param type entry type, 0..0xFFFF
     * @param value entry value
     * @param offset offset of the entry's first byte
     * @param valueOffset offset of the value
     */
    public record Entry(int type, byte[] value, int offset, int valueOffset) {
    }
}
