package org.meshbench.testcases;

/**
 * Names used by the {@value #ID} extension point, as declared in its schema
 * ({@code schema/testcases.exsd} of this bundle).
 *
 * @since 0.1
 */
public final class TestCaseExtensionPoint {

    /** Fully qualified id of the extension point. */
    public static final String ID = "org.meshbench.testcases";

    /** Element that declares a test case. */
    public static final String TEST_CASE = "testCase";

    /** Child element of {@link #TEST_CASE} that declares one parameter. */
    public static final String PARAMETER = "parameter";

    private TestCaseExtensionPoint() {
    }
}
