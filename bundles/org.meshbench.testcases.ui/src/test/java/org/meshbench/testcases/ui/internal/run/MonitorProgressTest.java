package org.meshbench.testcases.ui.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.meshbench.network.testing.FakeNetworkClient;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.run.PlannedTest;
import org.meshbench.testcases.run.RunCancellation;
import org.meshbench.testcases.run.TestPlan;
import org.meshbench.testcases.run.TestRunner;
import org.meshbench.testcases.ui.internal.model.SampleCases;

class MonitorProgressTest {

    /** Records what the job's monitor is told. */
    static final class RecordingMonitor extends NullProgressMonitor {
        final List<String> calls = new ArrayList<>();

        @Override
        public void subTask(String name) {
            calls.add("subTask " + name);
        }

        @Override
        public void worked(int work) {
            calls.add("worked " + work);
        }
    }

    @Test
    void oneUnitOfWorkPerTestAndTheRunningTestAsSubTask() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        TestPlan plan = TestPlan.of(TestTarget.network(1), List.of(new PlannedTest("sample.measures",
                Map.of("count", "1")), PlannedTest.of("sample.fails")));

        new TestRunner(SampleCases.registry()).run(plan, new FakeNetworkClient(),
                new MonitorProgress(monitor), new RunCancellation());

        assertEquals(List.of("subTask 1 of 2: Measures", "worked 1", "subTask 2 of 2: Fails", "worked 1"),
                monitor.calls);
    }
}
