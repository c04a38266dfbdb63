package org.meshbench.testcases.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meshbench.network.testing.FakeNetworkClient;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.run.PlannedTest;
import org.meshbench.testcases.run.RunCancellation;
import org.meshbench.testcases.run.TestPlan;
import org.meshbench.testcases.run.TestRunner;

/** The results tree and its texts, for results of the real runner. */
class ResultTreeTest {

    private static List<ResultRow> rows;
    private final ResultText text = new ResultText(ZoneOffset.UTC);

    @BeforeAll
    static void run() throws InterruptedException {
        SampleCases.releaseAll();
        TestPlan plan = TestPlan.of(TestTarget.network(1), List.of(new PlannedTest("sample.measures",
                Map.of("count", "2")), PlannedTest.of("sample.fails"), PlannedTest.of("sample.waits")));
        LiveRun live = new LiveRun(plan, id -> id, () -> { });
        new TestRunner(SampleCases.registry()).run(plan.withTimeout(Duration.ofSeconds(10)),
                new FakeNetworkClient(), live, new RunCancellation());
        rows = live.rows();
    }

    private List<String> names(List<ResultNode> nodes) {
        return nodes.stream().map(node -> text.column(node, ResultColumn.NAME)).toList();
    }

    @Test
    void aTestHasItsMetricsLogAndParametersAsGroups() {
        ResultNode measures = ResultTree.roots(rows).get(0);

        List<ResultNode> groups = ResultTree.children(measures);

        assertEquals(List.of("Metrics (2)", "Log (2)", "Parameters (1)"), names(groups));
        assertEquals(List.of("latency.p95", "steps"), names(ResultTree.children(groups.get(0))));
        assertEquals(List.of("12.5 ms", "2"), ResultTree.children(groups.get(0)).stream()
                .map(node -> text.column(node, ResultColumn.DETAIL)).toList());
        ResultNode firstLog = ResultTree.children(groups.get(1)).get(0);
        assertEquals("info", text.column(firstLog, ResultColumn.STATUS));
        assertEquals("step 0", text.column(firstLog, ResultColumn.DETAIL));
        assertEquals("count = 2", text.details(ResultTree.children(groups.get(2)).get(0)));
    }

    @Test
    void emptyGroupsAreLeftOut() {
        ResultNode waits = ResultTree.roots(rows).get(2);

        assertEquals(List.of("Log (1)"), names(ResultTree.children(waits)));
        assertTrue(ResultTree.hasChildren(waits));
        assertFalse(ResultTree.hasChildren(ResultTree.children(ResultTree.children(waits).get(0)).get(0)));
    }

    @Test
    void aFailedTestShowsItsStatusMessageAndDetails() {
        ResultNode fails = ResultTree.roots(rows).get(1);

        assertEquals("Fails", text.column(fails, ResultColumn.NAME));
        assertEquals("failed", text.column(fails, ResultColumn.STATUS));
        assertTrue(text.column(fails, ResultColumn.DURATION).matches("\\d+\\.\\d{3} s"),
                text.column(fails, ResultColumn.DURATION));
        assertEquals("second problem", text.column(fails, ResultColumn.DETAIL));
        String details = text.details(fails);
        assertTrue(details.startsWith("Fails (sample.fails): failed in "), details);
        assertTrue(details.contains("earlier failed checks:\nfirst problem"), details);
    }

    @Test
    void keysNameTheSamePlaceInEverySnapshot() {
        ResultNode measures = ResultTree.roots(rows).get(0);
        ResultNode metric = ResultTree.children(ResultTree.children(measures).get(0)).get(1);

        assertEquals("0", measures.key());
        assertEquals("0/METRICS/1", metric.key());
        assertEquals(metric.key(), ResultTree.children(ResultTree.children(ResultTree.roots(List.copyOf(rows))
                .get(0)).get(0)).get(1).key());
    }
}
