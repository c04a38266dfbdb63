package org.meshbench.testcases.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.testcases.TestStatus;
import org.meshbench.testcases.run.RunReport;

class ControlStateTest {

    private static final RunReport FAILED = RunSummaryTest.report(false, TestStatus.PASSED, TestStatus.FAILED);
    private static final RunReport PASSED = RunSummaryTest.report(false, TestStatus.PASSED);

    @Test
    void runNeedsAConnectionATickAndNoProblems() {
        assertEquals(new ControlState(false, false, false, false, "Connect the workbench to a broker (File > Connect…) to run tests"),
                ControlState.of(false, false, 1, List.of(), Optional.empty()));
        assertEquals(new ControlState(false, false, false, false, "Tick the test cases to run"),
                ControlState.of(true, false, 0, List.of(), Optional.empty()));
        assertEquals(new ControlState(false, false, false, false, "Enter the network address to test"),
                ControlState.of(true, false, 2, List.of("Enter the network address to test", "other"),
                        Optional.empty()));
        assertEquals(new ControlState(true, false, false, false, ""),
                ControlState.of(true, false, 2, List.of(), Optional.empty()));
    }

    @Test
    void whileRunningOnlyStopWorks() {
        assertEquals(new ControlState(false, true, false, false, ""),
                ControlState.of(true, true, 2, List.of(), Optional.of(FAILED)));
    }

    @Test
    void afterARunItCanBeExportedAndItsProblemsRunAgain() {
        assertEquals(new ControlState(true, false, true, true, ""),
                ControlState.of(true, false, 2, List.of(), Optional.of(FAILED)));
        assertEquals(new ControlState(true, false, false, true, ""),
                ControlState.of(true, false, 2, List.of(), Optional.of(PASSED)));
        assertEquals(new ControlState(false, false, false, true, "Connect the workbench to a broker (File > Connect…) to run tests"),
                ControlState.of(false, false, 2, List.of(), Optional.of(FAILED)));
    }
}
