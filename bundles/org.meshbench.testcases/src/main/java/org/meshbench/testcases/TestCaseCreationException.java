package org.meshbench.testcases;

/**
 * A test-case class could not be loaded or instantiated, or is not a {@link TestCase}; the message
 * names the test case and the contributing plug-in.
 *
 * @since 0.1
 */
public class TestCaseCreationException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, naming the test case and its plug-in
     * @param cause the underlying exception, may be null
     */
    public TestCaseCreationException(String message, Throwable cause) {
        super(message, cause);
    }
}
