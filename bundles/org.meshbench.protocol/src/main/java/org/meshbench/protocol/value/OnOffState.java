package org.meshbench.protocol.value;

/**
 * Whether a gateway is online ({@code state} of a status event) or a sink is started ({@code
 * sink_state}).
 */
public enum OnOffState implements WireEnum {

    ON(1),
    OFF(2),
    /** A number this version does not know: decoded, never encoded. */
    UNKNOWN;

    private final int wire;
    private final boolean known;

    OnOffState(int wire) {
        this.wire = wire;
        this.known = true;
    }

    OnOffState() {
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
    public static OnOffState fromWireValue(int wireValue) {
        return WireEnumLookup.find(values(), UNKNOWN, wireValue);
    }
}
