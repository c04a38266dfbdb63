package org.meshbench.testcases.ui.internal.model;

import org.meshbench.testcases.LogEntry;
import org.meshbench.testcases.Metric;

/**
 * An element of the results tree. Elements are rebuilt from fresh snapshots on every refresh;
 * {@link #key()} names the same element across refreshes, so that the tree keeps what is expanded
 * and selected.
 */
public sealed interface ResultNode {

    /** @return the same text for the same place in the tree, whatever the snapshot */
    String key();

    /** @return the planned test this element belongs to */
    ResultRow row();

    /**
     * A planned test.
     *
     * @param row the test
     */
    record Test(ResultRow row) implements ResultNode {
        @Override
        public String key() {
            return Integer.toString(row.index());
        }
    }

    /**
     * The metrics, log or parameters of a test.
     *
     * @param row the test
     * @param kind which
     * @param size how many items it has
     */
    record Group(ResultRow row, GroupKind kind, int size) implements ResultNode {
        @Override
        public String key() {
            return row.index() + "/" + kind;
        }
    }

    /**
     * One measurement.
     *
     * @param row the test
     * @param position its position in the metrics
     * @param metric the measurement
     */
    record MetricItem(ResultRow row, int position, Metric metric) implements ResultNode {
        @Override
        public String key() {
            return row.index() + "/" + GroupKind.METRICS + "/" + position;
        }
    }

    /**
     * One log entry.
     *
     * @param row the test
     * @param position its position in the log
     * @param entry the entry
     */
    record LogItem(ResultRow row, int position, LogEntry entry) implements ResultNode {
        @Override
        public String key() {
            return row.index() + "/" + GroupKind.LOG + "/" + position;
        }
    }

    /**
     * One effective parameter value.
     *
     * @param row the test
     * @param name the parameter key
     * @param value its value as text
     */
    record ParameterItem(ResultRow row, String name, String value) implements ResultNode {
        @Override
        public String key() {
            return row.index() + "/" + GroupKind.PARAMETERS + "/" + name;
        }
    }

    /** The groups under a test, in the order shown. */
    enum GroupKind {
        /** The measurements. */
        METRICS("Metrics"),
        /** The log. */
        LOG("Log"),
        /** The effective parameter values. */
        PARAMETERS("Parameters");

        private final String label;

        GroupKind(String label) {
            this.label = label;
        }

        /** @return the name shown */
        public String label() {
            return label;
        }
    }
}
