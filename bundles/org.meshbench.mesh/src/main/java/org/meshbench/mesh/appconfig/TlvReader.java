package org.meshbench.mesh.appconfig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the Wirepas TLV app config layout: magic {@code F6 7E}, an entry count, then per entry
 * the type's low byte, a length byte (bit 7 set: a second type byte, the high one, follows) and
 * the value. Bytes after the last entry are padding: app config data often fills the sink's
 * fixed-size buffer. Not thread-safe; one instance per read.
 */
final class TlvReader {

    static final byte[] MAGIC = {(byte) 0xF6, 0x7E};
    static final int LONG_TYPE_FLAG = 0x80;

    private final byte[] data;
    private int position;

    private TlvReader(byte[] data) {
        this.data = data;
    }

    static List<TlvEntry> read(byte[] data) throws TlvFormatException {
        if (data.length < MAGIC.length || data[0] != MAGIC[0] || data[1] != MAGIC[1]) {
            throw new TlvFormatException(0, "not a TLV app config: it must start with F6 7E");
        }
        TlvReader in = new TlvReader(data);
        in.position = MAGIC.length;
        int count = in.u8("entry count");
        List<TlvEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int offset = in.position;
            int type = in.u8("type of entry " + i);
            int length = in.u8("length of entry " + i);
            if ((length & LONG_TYPE_FLAG) != 0) {
                type |= in.u8("type high byte of entry " + i) << 8;
            }
            int valueOffset = in.position;
            byte[] value = in.bytes(length & ~LONG_TYPE_FLAG, "value of entry " + i);
            entries.add(new TlvEntry(type, value, offset, valueOffset));
        }
        return entries;
    }

    private int u8(String what) throws TlvFormatException {
        return bytes(1, what)[0] & 0xFF;
    }

    private byte[] bytes(int count, String what) throws TlvFormatException {
        int left = data.length - position;
        if (count > left) {
            throw new TlvFormatException(position, "truncated app config: " + what + " needs " + count
                    + " byte(s), " + left + " left");
        }
        position += count;
        return Arrays.copyOfRange(data, position - count, position);
    }
}
