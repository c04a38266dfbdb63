package org.meshbench.decoders;

/**
 * Thrown by a decoder when a payload does not follow its format: truncated, an unknown version,
 * a length field that points past the end. The message says what was wrong; {@link #offset()}
 * says where. This is an expected outcome for garbage input, not a decoder fault.
 *
 * @since 0.1
 */
public class DecodeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int offset;

    /**
     * @param offset payload offset where decoding failed, or {@link DecodedField#NO_OFFSET}
     * @param message what was wrong, without the offset (it is appended)
     */
    public DecodeException(int offset, String message) {
        super(offset == DecodedField.NO_OFFSET ? message : message + " (at offset " + offset + ")");
        this.offset = offset;
    }

    /** @return the payload offset where decoding failed, or {@link DecodedField#NO_OFFSET} */
    public int offset() {
        return offset;
    }
}
