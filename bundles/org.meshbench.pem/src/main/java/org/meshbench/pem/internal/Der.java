package org.meshbench.pem.internal;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * Just enough DER (ASN.1) to read the outer structure of private keys and to wrap PKCS#1 and
 * SEC1 keys into PKCS#8, which the JDK's key factories read.
 */
final class Der {
    static final int INTEGER = 0x02;
    static final int OCTET_STRING = 0x04;
    static final int NULL = 0x05;
    static final int OID = 0x06;
    static final int SEQUENCE = 0x30;
    static final int CONTEXT_0 = 0xA0;

    /** One TLV element; {@code content} excludes tag and length. */
    record Element(int tag, byte[] content) {
        /** @return the elements nested in this one */
        Reader children() {
            return new Reader(content);
        }
    }

    /** Reads consecutive elements from a byte array. */
    static final class Reader {
        private final byte[] data;
        private int position;

        Reader(byte[] data) {
            this.data = data;
        }

        boolean hasNext() {
            return position < data.length;
        }

        Element next() throws GeneralSecurityException {
            if (position + 2 > data.length) {
                throw new GeneralSecurityException("truncated DER data");
            }
            int tag = data[position++] & 0xFF;
            int length = readLength();
            if (length > data.length - position) {
                throw new GeneralSecurityException("DER length exceeds the data");
            }
            byte[] content = Arrays.copyOfRange(data, position, position + length);
            position += length;
            return new Element(tag, content);
        }

        Element expect(int tag) throws GeneralSecurityException {
            Element element = next();
            if (element.tag() != tag) {
                throw new GeneralSecurityException(String.format(
                        "unexpected DER tag 0x%02X (expected 0x%02X)", element.tag(), tag));
            }
            return element;
        }

        private int readLength() throws GeneralSecurityException {
            int first = data[position++] & 0xFF;
            if (first < 0x80) {
                return first;
            }
            int octets = first & 0x7F;
            if (octets == 0 || octets > 3 || position + octets > data.length) {
                throw new GeneralSecurityException("unsupported DER length");
            }
            int length = 0;
            for (int i = 0; i < octets; i++) {
                length = (length << 8) | (data[position++] & 0xFF);
            }
            return length;
        }
    }

    private Der() {
    }

    /**
     * @param tag the tag byte
     * @param parts the content, concatenated
     * @return the encoded element
     */
    static byte[] encode(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        writeLength(out, content.size());
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
            return;
        }
        int octets = length > 0xFFFF ? 3 : length > 0xFF ? 2 : 1;
        out.write(0x80 | octets);
        for (int shift = (octets - 1) * 8; shift >= 0; shift -= 8) {
            out.write(length >>> shift);
        }
    }
}
