package org.meshbench.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * Faults a simulated gateway injects on purpose. The random choices come from the simulation seed,
 * so a run with the same seed and the same inputs injects the same faults. Immutable.
 *
 * @param dropResponseRatio     share of responses (to requests, not unsolicited ones) never sent, 0..1
 * @param responseDelay         extra delay of every response that is sent
 * @param duplicateEventRatio   share of received-data events published twice with the same event
 *                              id, as a QoS 1 redelivery does, 0..1
 * @param malformedEventRatio   share of received-data events whose payload is cut in half, so
 *                              that it is no longer valid protobuf, 0..1
 * @param newestFirstAfterOutage whether messages held back while disconnected go out newest first
 *                              (as the official gateway's LIFO queue does) or oldest first
 */
public record FailureInjection(double dropResponseRatio, Duration responseDelay, double duplicateEventRatio,
        double malformedEventRatio, boolean newestFirstAfterOutage) {

    private static final FailureInjection NONE = new FailureInjection(0, Duration.ZERO, 0, 0, true);

    /** Checks the ratios and the delay. */
    public FailureInjection {
        requireRatio("dropResponseRatio", dropResponseRatio);
        Objects.requireNonNull(responseDelay, "responseDelay");
        if (responseDelay.isNegative()) {
            throw new IllegalArgumentException("responseDelay must not be negative, was " + responseDelay);
        }
        requireRatio("duplicateEventRatio", duplicateEventRatio);
        requireRatio("malformedEventRatio", malformedEventRatio);
    }

    /** @return no faults; messages held back during an outage go out newest first, as officially */
    public static FailureInjection none() {
        return NONE;
    }

    /**
     * @param ratio share of responses to drop, 0..1
     * @return a copy with that ratio
     */
    public FailureInjection withDroppedResponses(double ratio) {
        return new FailureInjection(ratio, responseDelay, duplicateEventRatio, malformedEventRatio,
                newestFirstAfterOutage);
    }

    /**
     * @param delay extra delay of every response
     * @return a copy with that delay
     */
    public FailureInjection withResponseDelay(Duration delay) {
        return new FailureInjection(dropResponseRatio, delay, duplicateEventRatio, malformedEventRatio,
                newestFirstAfterOutage);
    }

    /**
     * @param ratio share of received-data events to publish twice, 0..1
     * @return a copy with that ratio
     */
    public FailureInjection withDuplicatedEvents(double ratio) {
        return new FailureInjection(dropResponseRatio, responseDelay, ratio, malformedEventRatio,
                newestFirstAfterOutage);
    }

    /**
     * @param ratio share of received-data events to corrupt, 0..1
     * @return a copy with that ratio
     */
    public FailureInjection withMalformedEvents(double ratio) {
        return new FailureInjection(dropResponseRatio, responseDelay, duplicateEventRatio, ratio,
                newestFirstAfterOutage);
    }

    /**
     * @param newestFirst true for the official LIFO order after an outage, false for oldest first
     * @return a copy with that order
     */
    public FailureInjection withNewestFirstAfterOutage(boolean newestFirst) {
        return new FailureInjection(dropResponseRatio, responseDelay, duplicateEventRatio, malformedEventRatio,
                newestFirst);
    }

    private static void requireRatio(String name, double ratio) {
        if (!(ratio >= 0 && ratio <= 1)) {
            throw new IllegalArgumentException(name + " must be within 0..1, was " + ratio);
        }
    }
}
