package org.meshbench.testcases;

/**
 * The test cannot run here, for example because no gateway has a feature it needs; the test ends
 * as {@link TestStatus#SKIPPED}.
 *
 * @since 0.1
 */
public class TestSkippedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param reason why the test was skipped */
    public TestSkippedException(String reason) {
        super(reason);
    }
}
