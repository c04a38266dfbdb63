package org.meshbench.testcases.ui.internal.model;

/** The columns of the results tree, in order. */
public enum ResultColumn {
    /** Test name, group, metric name, log time or parameter key. */
    NAME("Test", 280),
    /** Test state or log level. */
    STATUS("Status", 80),
    /** How long a test took. */
    DURATION("Duration", 80),
    /** Why a test did not pass, a metric or parameter value, or a log message. */
    DETAIL("Message / value", 420);

    private final String title;
    private final int width;

    ResultColumn(String title, int width) {
        this.title = title;
        this.width = width;
    }

    /** @return the column header */
    public String title() {
        return title;
    }

    /** @return the initial width in pixels */
    public int width() {
        return width;
    }
}
