package org.meshbench.testcases;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a test's log. Immutable.
 *
 * @param time when it was logged
 * @param level its severity
 * @param message the text
 * @since 0.1
 */
public record LogEntry(Instant time, LogLevel level, String message) {

    /** Checks for nulls. */
    public LogEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }

    /** @return {@code time LEVEL message} */
    @Override
    public String toString() {
        return time + " " + level + " " + message;
    }
}
