package org.meshbench.protocol.value;

/**
 * Outcome of the last processing of a sink's stored scratchpad.
 */
public enum ScratchpadStatus implements WireEnum {

    SUCCESS(1),
    NEW(2),
    ERROR(3),
    /** A number this version does not know: decoded, never encoded. */
    UNKNOWN;

    private final int wire;
    private final boolean known;

    ScratchpadStatus(int wire) {
        this.wire = wire;
        this.known = true;
    }

    ScratchpadStatus() {
        this.wire = 0;
        this.known = false;
    }

    @Override
    public boolean hasWireValue() {
        return known;
    }

    @Override
    public int wireValue() {
        return WireEnumLookup.requireKnown(this, known, wire);
    }

    /**
     * @param wireValue a protobuf number
     * @return the constant for that number, or {@link #UNKNOWN} when this version does not know it
     */
    public static ScratchpadStatus fromWireValue(int wireValue) {
        return WireEnumLookup.find(values(), UNKNOWN, wireValue);
    }
}
