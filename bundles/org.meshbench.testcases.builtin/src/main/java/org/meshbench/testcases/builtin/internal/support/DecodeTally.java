package org.meshbench.testcases.builtin.internal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.meshbench.decoders.DecodeError;
import org.meshbench.decoders.DecodeOutcome;

/**
 * Counts how the installed decoders fared on a stream of packets: decoded, failed (a malformed payload or a
 * decoder fault) and left raw because no decoder applies. Keeps the first few failures for the log. Thread-safe.
 */
public final class DecodeTally {

    /** Failures kept for the log; a soak can see thousands of the same one. */
    public static final int FAILURES_KEPT = 5;

    private final AtomicLong decoded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong undecoded = new AtomicLong();
    private final List<String> firstFailures = new ArrayList<>(); // guarded by itself

    /** @param outcome what the registry made of one packet */
    public void record(DecodeOutcome outcome) {
        if (outcome.packet().isPresent()) {
            decoded.incrementAndGet();
        } else if (outcome.error().isPresent()) {
            failed.incrementAndGet();
            synchronized (firstFailures) {
                if (firstFailures.size() < FAILURES_KEPT) {
                    firstFailures.add(describe(outcome, outcome.error().get()));
                }
            }
        } else {
            undecoded.incrementAndGet();
        }
    }

    /** @return packets a decoder turned into fields */
    public long decoded() {
        return decoded.get();
    }

    /** @return packets whose decoder failed */
    public long failed() {
        return failed.get();
    }

    /** @return packets no decoder applies to */
    public long undecoded() {
        return undecoded.get();
    }

    /** @return the first {@value #FAILURES_KEPT} failures, one line each */
    public List<String> firstFailures() {
        synchronized (firstFailures) {
            return List.copyOf(firstFailures);
        }
    }

    private static String describe(DecodeOutcome outcome, DecodeError error) {
        return "node " + outcome.context().sourceAddress() + " " + outcome.context().endpoints() + ": decoder "
                + error.decoderId() + " (" + error.contributorId() + ") " + error.kind() + ": " + error.message();
    }
}
