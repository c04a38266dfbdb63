package org.meshbench.history;

/**
 * How {@link HistoryReport} prints rows.
 *
 * @since 0.1
 */
public enum HistoryFormat {
    /** Aligned columns with a header line, for people. */
    TEXT,
    /** RFC 4180 comma-separated values with a header line. */
    CSV,
    /** One JSON array of objects; decoded fields and messages as nested JSON. */
    JSON
}
