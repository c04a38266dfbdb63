package org.meshbench.cli.internal;

import java.io.PrintStream;
import java.util.List;
import org.meshbench.testcases.DurationText;
import org.meshbench.testcases.ParameterDescriptor;
import org.meshbench.testcases.TestCaseInfo;

/** {@code meshbench test --list}: the installed test cases with their parameters, on stdout. */
final class TestCaseListing {

    private TestCaseListing() {
    }

    static void print(List<TestCaseInfo> testCases, PrintStream out) {
        if (testCases.isEmpty()) {
            out.println("no test cases are installed");
            return;
        }
        for (TestCaseInfo testCase : testCases) {
            out.println(testCase.id() + " - " + testCase.name());
            out.println("    category " + testCase.category() + ", timeout " + DurationText.format(testCase.timeout())
                    + ", from " + testCase.contributorId());
            if (!testCase.description().isEmpty()) {
                out.println("    " + testCase.description());
            }
            for (ParameterDescriptor parameter : testCase.parameters()) {
                out.println("    --param " + testCase.id() + "." + parameter.key() + "=…  " + parameter.summary()
                        + (parameter.description().isEmpty() ? "" : "; " + parameter.description()));
            }
        }
    }
}
