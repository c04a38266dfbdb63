package org.meshbench.testcases;

/**
 * The network did not behave as the test requires; the test ends as {@link TestStatus#FAILED}.
 * Unchecked, so that it passes through listener lambdas.
 *
 * @since 0.1
 */
public class TestFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong */
    public TestFailedException(String message) {
        super(message);
    }
}
