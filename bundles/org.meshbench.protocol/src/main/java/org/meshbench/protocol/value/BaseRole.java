package org.meshbench.protocol.value;

/**
 * Base role of a node in {@link NodeRole}.
 */
public enum BaseRole implements WireEnum {

    SINK(1),
    ROUTER(2),
    NON_ROUTER(3),
    /** A number this version does not know: decoded, never encoded. */
    UNKNOWN;

    private final int wire;
    private final boolean known;

    BaseRole(int wire) {
        this.wire = wire;
        this.known = true;
    }

    BaseRole() {
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
    public static BaseRole fromWireValue(int wireValue) {
        return WireEnumLookup.find(values(), UNKNOWN, wireValue);
    }
}
