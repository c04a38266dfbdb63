package org.meshbench.testcases;

/**
 * Severity of a {@link LogEntry}.
 *
 * @since 0.1
 */
public enum LogLevel {
    /** Progress and findings. */
    INFO,
    /** Something unexpected that does not fail the test by itself. */
    WARNING,
    /** Something that went wrong. */
    ERROR
}
