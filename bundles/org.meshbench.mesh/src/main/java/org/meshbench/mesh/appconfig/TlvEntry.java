package org.meshbench.mesh.appconfig;

/**
 * One entry of TLV app config data and where it lies in the data. Immutable if the value is not
 * changed.
 *
 * @param type entry type, 0..0xFFFF
 * @param value entry value
 * @param offset offset of the entry's first byte
 * @param valueOffset offset of the value
 * @since 0.1
 */
public record TlvEntry(int type, byte[] value, int offset, int valueOffset) {

    /** @return the offset after the entry */
    public int end() {
        return valueOffset + value.length;
    }
}
