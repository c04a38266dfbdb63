package org.meshbench.testcases;

/**
 * Thrown by {@link TestContext#checkCancelled()} when the run was cancelled or the test timed
 * out. A test should let it pass; the runner reports the cancellation or timeout itself.
 *
 * @since 0.1
 */
public class TestCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message why the test was stopped */
    public TestCancelledException(String message) {
        super(message);
    }
}
