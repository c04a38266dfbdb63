package org.meshbench.protocol;

/** What was wrong with a topic and payload that could not be decoded. */
public enum DecodeProblem {

    /** The topic is not a topic of the gateway API, or has an unusable id. */
    UNKNOWN_TOPIC("the topic is not a gateway API topic"),
    /** The payload has no bytes; an empty retained message is how a gateway's status is cleared. */
    EMPTY_PAYLOAD("the payload is empty"),
    /** The bytes are not valid protobuf (for example a truncated varint or an invalid tag). */
    MALFORMED_PROTOBUF("the payload is not a valid protobuf GenericMessage"),
    /** The GenericMessage has no {@code wirepas} field (maybe only a customer extension). */
    NO_WIREPAS_MESSAGE("the GenericMessage carries no WirepasMessage"),
    /** The WirepasMessage sets none of the 22 payload fields this version knows. */
    EMPTY_WIREPAS_MESSAGE("the WirepasMessage carries no payload this version knows"),
    /** The WirepasMessage sets more than one payload field. */
    SEVERAL_PAYLOADS("the WirepasMessage carries more than one payload"),
    /** The payload is of another kind than the topic carries. */
    WRONG_KIND_FOR_TOPIC("the payload kind does not belong on this topic"),
    /** A required field is missing. */
    MISSING_REQUIRED_FIELD("a required field is missing"),
    /** A gateway id, sink id, network address or endpoint differs between topic and payload. */
    ID_MISMATCH("the payload contradicts the topic");

    private final String description;

    DecodeProblem(String description) {
        this.description = description;
    }

    /** @return a short English description */
    public String description() {
        return description;
    }
}
