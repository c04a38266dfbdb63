package org.meshbench.simulator.internal.gateway;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.simulator.FailureInjection;
import org.meshbench.simulator.Publication;

/**
 * Applies a {@link FailureInjection} to what a gateway publishes. A ratio of 0 draws nothing from the
 * random stream, so a run without faults is not affected by this class. Not thread-safe.
 */
final class FaultInjector {

    private final FailureInjection failures;
    private final SplittableRandom random;

    FaultInjector(FailureInjection failures, SplittableRandom random) {
        this.failures = failures;
        this.random = random;
    }

    /** @return whether the next response is to be dropped */
    boolean dropResponse() {
        return happens(failures.dropResponseRatio());
    }

    /** @return the extra delay of every response */
    Duration responseDelay() {
        return failures.responseDelay();
    }

    /**
     * @param event a received-data event
     * @return what to publish instead: the event, possibly cut in half, once or twice
     */
    List<Publication> dataEvent(Publication event) {
        Publication sent = happens(failures.malformedEventRatio()) ? truncated(event) : event;
        return happens(failures.duplicateEventRatio()) ? List.of(sent, sent) : List.of(sent);
    }

    /** Half a protobuf message ends inside a field, so it no longer parses. */
    private static Publication truncated(Publication event) {
        byte[] bytes = event.payloadBytes();
        return new Publication(event.topic(), Bytes.of(Arrays.copyOf(bytes, bytes.length / 2)), event.qos(),
                event.retain());
    }

    private boolean happens(double ratio) {
        return ratio > 0 && random.nextDouble() < ratio;
    }
}
