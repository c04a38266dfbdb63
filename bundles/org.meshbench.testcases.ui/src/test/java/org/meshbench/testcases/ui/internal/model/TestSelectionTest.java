package org.meshbench.testcases.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbench.testcases.ParameterDescriptor;
import org.meshbench.testcases.ParameterType;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.run.PlannedTest;
import org.meshbench.testcases.run.TestPlan;

class TestSelectionTest {

    private final TestSelection selection = new TestSelection();
    private final TestCaseInfo measures = SampleCases.info("sample.measures");

    @BeforeEach
    void install() {
        selection.setAvailable(SampleCases.registry().testCases());
    }

    @Test
    void runsTheTickedTestCasesInRegistryOrderWithTheTypedValues() {
        selection.setChosen("sample.waits", true);
        selection.setChosen("sample.measures", true);
        selection.edit("sample.measures", "count", " 5 ");

        TestPlan plan = selection.plan(TestTarget.network(7));

        assertEquals(List.of(new PlannedTest("sample.measures", Map.of("count", "5")),
                new PlannedTest("sample.waits", Map.of())), plan.tests());
        assertEquals(7, plan.target().networkAddress());
    }

    @Test
    void aBlankValueGoesBackToTheDefault() {
        selection.edit("sample.measures", "count", "5");
        selection.edit("sample.measures", "count", "  ");

        ParameterRow row = selection.parameterRows(measures).get(0);

        assertEquals("3", row.value());
        assertFalse(row.edited());
        assertEquals(Optional.empty(), row.problem());
    }

    @Test
    void aValueOutOfBoundsIsShownWithItsProblemAndBlocksTheRun() {
        selection.setChosen("sample.measures", true);
        selection.edit("sample.measures", "count", "11");

        ParameterRow row = selection.parameterRows(measures).get(0);

        assertTrue(row.edited());
        assertTrue(row.problem().orElseThrow().contains("count"), row.problem().toString());
        assertEquals(1, selection.problems().size());
        assertTrue(selection.problems().get(0).startsWith("sample.measures: "), selection.problems().toString());
    }

    @Test
    void uncheckedTestCasesDoNotBlockTheRun() {
        selection.edit("sample.measures", "count", "eleven");

        assertEquals(List.of(), selection.problems());
        assertTrue(selection.problem(measures).isPresent());
    }

    @Test
    void ticksAndValuesSurviveAReinstallButValuesOfDroppedParametersAreLeftOut() {
        selection.setChosen("sample.measures", true);
        selection.edit("sample.measures", "count", "4");
        selection.edit("sample.measures", "gone", "x");
        selection.setAvailable(List.of());
        assertEquals(List.of(), selection.chosen());

        selection.setAvailable(SampleCases.registry().testCases());

        assertEquals(List.of(new PlannedTest("sample.measures", Map.of("count", "4"))),
                selection.plan(TestTarget.network(1)).tests());
    }

    @Test
    void aRequiredParameterWithoutDefaultIsAProblemUntilTyped() {
        ParameterDescriptor node = new ParameterDescriptor("node", "Node", "", ParameterType.INTEGER,
                Optional.empty(), true, Optional.empty(), Optional.empty(), List.of());
        TestCaseInfo needsNode = new TestCaseInfo("x.node", "Node", "", "X", Duration.ofSeconds(1), List.of(node), "x");

        assertEquals(Optional.of("parameter node is required"), ParameterRow.of(needsNode, Map.of()).get(0).problem());
        assertEquals(Optional.empty(), ParameterRow.of(needsNode, Map.of("node", "12")).get(0).problem());
    }
}
