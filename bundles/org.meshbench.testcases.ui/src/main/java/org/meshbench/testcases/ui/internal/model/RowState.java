package org.meshbench.testcases.ui.internal.model;

import java.util.Locale;
import org.meshbench.testcases.TestStatus;

/** Where one planned test of a run is: waiting, running, or ended with a {@link TestStatus}. */
public enum RowState {
    /** Not started yet. */
    PENDING,
    /** Running now. */
    RUNNING,
    /** Ended: every check held. */
    PASSED,
    /** Ended: a check did not hold. */
    FAILED,
    /** Ended: the test could not be carried out. */
    ERROR,
    /** Ended without running. */
    SKIPPED;

    /**
     * @param status the outcome of a test
     * @return the state of a row that ended so
     */
    public static RowState of(TestStatus status) {
        return valueOf(status.name());
    }

    /** @return the lower-case word shown in the status column */
    public String label() {
        return this == RUNNING ? "running…" : name().toLowerCase(Locale.ROOT);
    }
}
