package org.meshbench.testcases.internal.run;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.meshbench.testcases.LogEntry;
import org.meshbench.testcases.LogLevel;
import org.meshbench.testcases.TestLog;

/**
 * Keeps a test's first log entries and forwards every entry for live progress. Thread-safe: tests
 * log from their own thread and from network listener threads.
 */
final class LogBuffer implements TestLog {

    private final Clock clock;
    private final int capacity;
    private final Consumer<LogEntry> forward;
    private final List<LogEntry> kept = new ArrayList<>();
    private long dropped;

    /**
     * @param clock stamps the entries
     * @param capacity entries kept; later ones are only counted
     * @param forward receives every entry, kept or not
     */
    LogBuffer(Clock clock, int capacity, Consumer<LogEntry> forward) {
        this.clock = clock;
        this.capacity = capacity;
        this.forward = forward;
    }

    @Override
    public void info(String message) {
        add(LogLevel.INFO, message);
    }

    @Override
    public void warning(String message) {
        add(LogLevel.WARNING, message);
    }

    @Override
    public void error(String message) {
        add(LogLevel.ERROR, message);
    }

    void add(LogLevel level, String message) {
        LogEntry entry = new LogEntry(clock.instant(), level, String.valueOf(message));
        synchronized (kept) {
            if (kept.size() < capacity) {
                kept.add(entry);
            } else {
                dropped++;
            }
        }
        forward.accept(entry);
    }

    /** @return the kept entries, plus a last one that counts the dropped entries if any */
    List<LogEntry> entries() {
        synchronized (kept) {
            List<LogEntry> entries = new ArrayList<>(kept);
            if (dropped > 0) {
                entries.add(new LogEntry(clock.instant(), LogLevel.WARNING,
                        dropped + " further log entries were dropped (the limit is " + capacity + ")"));
            }
            return entries;
        }
    }
}
