package org.meshbench.decoders.ui.internal.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The line above the packet table: the connection, how many packets are shown, how many were lost
 * and whether capturing is paused. For example
 * {@code Workbench connection to tcp://127.0.0.1:1883: connected · 120 of 10,000 packets match · 52 dropped}.
 */
public final class StatusText {

    private StatusText() {
    }

    /**
     * The counts behind the line.
     *
     * @param shown rows that pass the filter
     * @param buffered rows in the buffer
     * @param filtered whether a filter is set
     * @param dropped packets lost: pushed out of the full buffer or arriving faster than decoded
     * @param paused whether capturing is paused
     * @param ignored packets ignored while paused
     */
    public record Counts(int shown, int buffered, boolean filtered, long dropped, boolean paused, long ignored) {
    }

    /**
     * @param connection the connection's description, or empty when there is none
     * @param counts the counts
     * @return the line
     */
    public static String of(Optional<String> connection, Counts counts) {
        StringBuilder text = new StringBuilder(connection.orElse("Not connected")).append(" · ");
        if (counts.filtered()) {
            text.append(number(counts.shown())).append(" of ").append(number(counts.buffered()))
                    .append(" packets match");
        } else {
            text.append(number(counts.buffered())).append(counts.buffered() == 1 ? " packet" : " packets");
        }
        if (counts.dropped() > 0) {
            text.append(" · ").append(number(counts.dropped())).append(" dropped");
        }
        if (counts.paused()) {
            text.append(" · paused, ").append(number(counts.ignored())).append(" ignored");
        }
        return text.toString();
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
