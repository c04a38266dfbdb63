package org.meshbench.network;

/** What went wrong in a {@link NetworkProblem}. */
public enum ProblemKind {
    /** A topic that is not part of the gateway API arrived on a subscription. */
    UNKNOWN_TOPIC,
    /** A payload could not be decoded (not protobuf, wrong kind, missing field, ids that contradict the topic). */
    MALFORMED_PAYLOAD,
    /** A response arrived for one of this client's requests after it had timed out or been aborted. */
    LATE_RESPONSE,
    /** A response carried the id of one of this client's requests but another kind or another gateway. */
    MISMATCHED_RESPONSE,
    /** A listener threw an exception. */
    LISTENER_FAILED,
    /** The node store was full, so the least recently seen nodes were dropped. */
    NODES_EVICTED,
    /** The model held the most gateways it may, so one never configured or silent longest was dropped. */
    GATEWAY_EVICTED
}
