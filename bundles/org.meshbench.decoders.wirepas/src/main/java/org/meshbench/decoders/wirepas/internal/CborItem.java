package org.meshbench.decoders.wirepas.internal;

import java.math.BigInteger;
import java.util.List;

/** One decoded CBOR (RFC 8949) data item with the payload bytes it occupies. */
sealed interface CborItem {

    /** @return offset of the item's first byte (its head) */
    int offset();

    /** @return number of bytes, head and content */
    int length();

    /** Major types 0 and 1; unsigned 64-bit values do not fit a long, hence BigInteger. */
    record Int(BigInteger value, int offset, int length) implements CborItem {
    }

    /** Major type 2; indefinite-length chunks are joined. */
    record Bytes(byte[] value, int offset, int length) implements CborItem {
    }

    /** Major type 3; indefinite-length chunks are joined. */
    record Text(String value, int offset, int length) implements CborItem {
    }

    /** Major type 4. */
    record Array(List<CborItem> items, int offset, int length) implements CborItem {
    }

    /** Major type 5, entries in payload order. */
    record KeyValues(List<Entry> entries, int offset, int length) implements CborItem {
    }

    /** A map entry. */
    record Entry(CborItem key, CborItem value) {
    }

    /** Major type 6. */
    record Tagged(long tag, CborItem item, int offset, int length) implements CborItem {
    }

    /** Major type 7: false, true, null, undefined and other simple values. */
    record Simple(int value, int offset, int length) implements CborItem {
    }

    /** Major type 7: half, single and double precision floats. */
    record FloatingPoint(double value, int offset, int length) implements CborItem {
    }
}
