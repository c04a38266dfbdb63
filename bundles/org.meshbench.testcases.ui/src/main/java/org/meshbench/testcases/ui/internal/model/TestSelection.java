package org.meshbench.testcases.ui.internal.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meshbench.testcases.ParameterDescriptor;
import org.meshbench.testcases.ParameterException;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.TestParameters;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.run.PlannedTest;
import org.meshbench.testcases.run.TestPlan;

/**
 * What the user picked: the installed test cases, which of them to run, and the parameter values
 * typed for each. Choices and typed values are kept by id, so they survive a plug-in being
 * reinstalled while the view is open. A blank value means "use the default". Not thread-safe: the
 * view uses it on the UI thread only.
 */
public final class TestSelection {

    private List<TestCaseInfo> available = List.of();
    private final Set<String> chosen = new HashSet<>();
    private final Map<String, Map<String, String>> edits = new HashMap<>();

    /** @param testCases the installed test cases, in the order to show and run them */
    public void setAvailable(List<TestCaseInfo> testCases) {
        available = List.copyOf(testCases);
    }

    /** @return the installed test cases */
    public List<TestCaseInfo> available() {
        return available;
    }

    /**
     * @param id a test-case id
     * @return its declaration, if installed
     */
    public Optional<TestCaseInfo> find(String id) {
        return available.stream().filter(info -> info.id().equals(id)).findFirst();
    }

    /**
     * @param id a test-case id
     * @param run whether to run it
     */
    public void setChosen(String id, boolean run) {
        if (run) {
            chosen.add(id);
        } else {
            chosen.remove(id);
        }
    }

    /**
     * @param id a test-case id
     * @return whether it is to run
     */
    public boolean isChosen(String id) {
        return chosen.contains(id);
    }

    /** @return the installed test cases to run, in the order of {@link #available()} */
    public List<TestCaseInfo> chosen() {
        return available.stream().filter(info -> chosen.contains(info.id())).toList();
    }

    /**
     * @param id a test-case id
     * @param key one of its parameter keys
     * @param text the value typed; blank goes back to the default
     */
    public void edit(String id, String key, String text) {
        Map<String, String> values = edits.computeIfAbsent(id, ignored -> new LinkedHashMap<>());
        if (text.isBlank()) {
            values.remove(key);
        } else {
            values.put(key, text.strip());
        }
    }

    /**
     * @param testCase an installed test case
     * @return its parameter rows with the typed values
     */
    public List<ParameterRow> parameterRows(TestCaseInfo testCase) {
        return ParameterRow.of(testCase, declaredEdits(testCase));
    }

    /**
     * @param testCase an installed test case
     * @return why its parameter values cannot be used, naming every problem; empty if they can
     */
    public Optional<String> problem(TestCaseInfo testCase) {
        try {
            TestParameters.resolve(testCase.id(), testCase.parameters(), declaredEdits(testCase));
            return Optional.empty();
        } catch (ParameterException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** @return the problems of the chosen test cases, one per test case */
    public List<String> problems() {
        return chosen().stream().map(this::problem).flatMap(Optional::stream).toList();
    }

    /**
     * @param target the network to test
     * @return the chosen test cases with their typed values
     */
    public TestPlan plan(TestTarget target) {
        return TestPlan.of(target, chosen().stream()
                .map(info -> new PlannedTest(info.id(), declaredEdits(info))).toList());
    }

    /** Values typed for parameters an earlier version of the plug-in declared are left out. */
    private Map<String, String> declaredEdits(TestCaseInfo testCase) {
        Map<String, String> typed = edits.getOrDefault(testCase.id(), Map.of());
        Map<String, String> declared = new LinkedHashMap<>();
        for (ParameterDescriptor parameter : testCase.parameters()) {
            String value = typed.get(parameter.key());
            if (value != null) {
                declared.put(parameter.key(), value);
            }
        }
        return Collections.unmodifiableMap(declared);
    }
}
