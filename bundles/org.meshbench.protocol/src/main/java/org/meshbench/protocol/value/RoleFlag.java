package org.meshbench.protocol.value;

/**
 * Modifier of a node's base role in {@link NodeRole}.
 */
public enum RoleFlag implements WireEnum {

    LOW_LATENCY(1),
    AUTOROLE(2),
    /** A number this version does not know: decoded, never encoded. */
    UNKNOWN;

    private final int wire;
    private final boolean known;

    RoleFlag(int wire) {
        this.wire = wire;
        this.known = true;
    }

    RoleFlag() {
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
    public static RoleFlag fromWireValue(int wireValue) {
        return WireEnumLookup.find(values(), UNKNOWN, wireValue);
    }
}
