package org.meshbench.protocol.value;

/**
 * What sinks and nodes do with the target scratchpad of an OTAP. Numbers added by a newer API
 * decode as {@link #UNKNOWN_ACTION}, as the API intends.
 */
public enum ScratchpadAction implements WireEnum {

    UNKNOWN_ACTION(0),
    NO_OTAP(1),
    PROPAGATE_ONLY(2),
    PROPAGATE_AND_PROCESS(3),
    PROPAGATE_AND_PROCESS_WITH_DELAY(4),
    LEGACY_OTAP(5);

    private final int wire;

    ScratchpadAction(int wire) {
        this.wire = wire;
    }

    /** @return always true: every constant of this enum is a number of the API */
    @Override
    public boolean hasWireValue() {
        return true;
    }

    @Override
    public int wireValue() {
        return wire;
    }

    /**
     * @param wireValue a protobuf number
     * @return the constant for that number, or {@link #UNKNOWN_ACTION} when this version does not know it
     */
    public static ScratchpadAction fromWireValue(int wireValue) {
        return WireEnumLookup.find(values(), UNKNOWN_ACTION, wireValue);
    }
}
