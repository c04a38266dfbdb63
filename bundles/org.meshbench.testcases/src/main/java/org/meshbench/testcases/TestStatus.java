package org.meshbench.testcases;

/**
 * Outcome of one test.
 *
 * @since 0.1
 */
public enum TestStatus {
    /** Every check held. */
    PASSED,
    /** A check did not hold: the network misbehaved. */
    FAILED,
    /** The test could not be carried out: it threw, timed out, or could not be created. */
    ERROR,
    /** The test did not run: it did not apply, or the run was cancelled. */
    SKIPPED;

    /** @return whether this outcome makes a run unsuccessful */
    public boolean isProblem() {
        return this == FAILED || this == ERROR;
    }
}
