package org.meshbench.mesh.appconfig;

/**
 * Data that is not in the TLV app config layout.
 *
 * @since 0.1
 */
public final class TlvFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int offset;

    TlvFormatException(int offset, String message) {
        super(message);
        this.offset = offset;
    }

    /** @return the offset in the data where reading failed */
    public int offset() {
        return offset;
    }
}
