package org.meshbench.testcases.run;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;

/** Results of tests that never reached their own thread: uninstalled, invalid or cancelled ones. */
final class Placeholder {

    /** The report category of a planned test case that is not installed. */
    static final String UNINSTALLED_CATEGORY = "Uninstalled";

    private Placeholder() {
    }

    /** @return what is known of a test case that is not installed: only its id */
    static TestCaseInfo of(PlannedTest test) {
        // never run, so the timeout does not matter; TestCaseInfo only insists that it is positive
        return new TestCaseInfo(test.testCaseId(), test.testCaseId(), "", UNINSTALLED_CATEGORY, Duration.ofSeconds(1),
                List.of(), "");
    }

    static TestResult result(TestCaseInfo info, PlannedTest test, TestStatus status, String message, Clock clock) {
        return new TestResult(info, status, message, "", test.parameters(), List.of(), List.of(), clock.instant(),
                Duration.ZERO);
    }
}
