package org.meshbench.protocol.value;

/**
 * Delay before processing, for {@link ScratchpadAction#PROPAGATE_AND_PROCESS_WITH_DELAY}. Numbers
 * added by a newer API decode as {@link #UNKNOWN_DELAY}.
 */
public enum ProcessingDelay implements WireEnum {

    UNKNOWN_DELAY(0),
    TEN_MINUTES(1),
    THIRTY_MINUTES(2),
    ONE_HOUR(3),
    SIX_HOURS(4),
    ONE_DAY(5),
    TWO_DAYS(6),
    FIVE_DAYS(7);

    private final int wire;

    ProcessingDelay(int wire) {
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
     * @return the constant for that number, or {@link #UNKNOWN_DELAY} when this version does not know it
     */
    public static ProcessingDelay fromWireValue(int wireValue) {
        return WireEnumLookup.find(values(), UNKNOWN_DELAY, wireValue);
    }
}
