package org.meshbench.testcases.internal.registry;

import java.util.Objects;
import org.meshbench.testcases.TestCaseInfo;

/**
 * What a {@code testCase} element declares.
 *
 * @param info id, name, category, timeout, parameters and contributor
 * @param testCaseClass creates the {@link org.meshbench.testcases.TestCase}
 */
public record TestCaseDeclaration(TestCaseInfo info, ClassFactory testCaseClass) {

    /** Rejects {@code null} components. */
    public TestCaseDeclaration {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(testCaseClass, "testCaseClass");
    }
}
