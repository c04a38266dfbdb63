package org.meshbench.protocol.value;

/**
 * What the scratchpad stored in a sink is: nothing, a valid image, or an image marked for
 * processing.
 */
public enum ScratchpadType implements WireEnum {

    BLANK(1),
    PRESENT(2),
    PROCESS(3),
    /** A number this version does not know: decoded, never encoded. */
    UNKNOWN;

    private final int wire;
    private final boolean known;

    ScratchpadType(int wire) {
        this.wire = wire;
        this.known = true;
    }

    ScratchpadType() {
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
    public static ScratchpadType fromWireValue(int wireValue) {
        return WireEnumLookup.find(values(), UNKNOWN, wireValue);
    }
}
