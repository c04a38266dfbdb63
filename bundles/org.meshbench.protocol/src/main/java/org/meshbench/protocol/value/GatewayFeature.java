package org.meshbench.protocol.value;

/**
 * Optional capability announced by a gateway. Features added by a newer API decode as {@link
 * #UNKNOWN}, the API's own value for that case.
 */
public enum GatewayFeature implements WireEnum {

    UNKNOWN(0),
    SCRATCHPAD_CHUNK_V1(1),
    CONFIGURATION_DATA_V1(2),
    SINK_KEY_MANAGEMENT_V1(3),
    VIRTUAL_NODE_V1(4);

    private final int wire;

    GatewayFeature(int wire) {
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
     * @return the constant for that number, or {@link #UNKNOWN} when this version does not know it
     */
    public static GatewayFeature fromWireValue(int wireValue) {
        return WireEnumLookup.find(values(), UNKNOWN, wireValue);
    }
}
