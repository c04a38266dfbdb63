package org.meshbench.protocol.value;

/**
 * Result of a request as reported in a response header ({@code ErrorCode} in the API).
 *
 * <p>One constant per number of the API, plus {@link #UNKNOWN} for a number this version does
 * not know. The API's misspelled alias {@code INVLAID_SEQUENCE_NUMBER} is the same number as
 * {@link #INVALID_SEQUENCE_NUMBER}. {@link #UNKNOWN_ERROR_CODE} is the API's own fallback value;
 * a gateway is not supposed to send it, but it decodes like any other number.
 */
public enum ResultCode implements WireEnum {

    UNKNOWN_ERROR_CODE(-1),
    OK(0),
    INTERNAL_ERROR(1),
    INVALID_SINK_ID(2),
    INVALID_ROLE(3),
    INVALID_NETWORK_ADDRESS(4),
    INVALID_NETWORK_CHANNEL(5),
    INVALID_CHANNEL_MAP(6),
    INVALID_NETWORK_KEYS(7),
    INVALID_AC_RANGE(8),
    INVALID_SINK_STATE(9),
    INVALID_DEST_ADDRESS(10),
    INVALID_DEST_ENDPOINT(11),
    INVALID_SRC_ENDPOINT(12),
    INVALID_QOS(13),
    INVALID_DATA_PAYLOAD(14),
    INVALID_SCRATCHPAD(15),
    INVALID_SCRATCHPAD_SIZE(16),
    INVALID_SEQUENCE_NUMBER(17),
    INVALID_REBOOT_DELAY(18),
    INVALID_DIAG_INTERVAL(19),
    INVALID_APP_CONFIG(20),
    INVALID_PARAM(21),
    NO_SCRATCHPAD_PRESENT(22),
    ACCESS_DENIED(23),
    REQUEST_NEEDS_SINK_ID(24),
    INVALID_MAX_HOP_COUNT(25),
    SINK_OUT_OF_MEMORY(26),
    SINK_TIMEOUT(27),
    INVALID_SCRATCHPAD_CHUNK_OFFSET(28),
    INVALID_SCRATCHPAD_CHUNK_SIZE(29),
    /**
     * A number this version does not know. The response header keeps the number itself
     * ({@code ResponseHeader.resWireValue()}), so such a response can still be re-encoded.
     */
    UNKNOWN;

    private final int wire;
    private final boolean known;

    ResultCode(int wire) {
        this.wire = wire;
        this.known = true;
    }

    ResultCode() {
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

    /** @return whether the request succeeded */
    public boolean isOk() {
        return this == OK;
    }

    /**
     * @param wireValue a protobuf number
     * @return the constant for that number, or {@link #UNKNOWN} when this version does not know it
     */
    public static ResultCode fromWireValue(int wireValue) {
        return WireEnumLookup.find(values(), UNKNOWN, wireValue);
    }
}
