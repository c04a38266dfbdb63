package org.meshbench.testcases.ui.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meshbench.testcases.TestCaseInfo;

/**
 * A category of the test-case tree with its test cases. Immutable.
 *
 * @param name the category, as declared
 * @param testCases its test cases, in registry order
 */
public record TestCaseCategory(String name, List<TestCaseInfo> testCases) {

    /** Copies the list. */
    public TestCaseCategory {
        testCases = List.copyOf(testCases);
    }

    /**
     * @param testCases test cases in registry order
     * @return their categories in order of first appearance
     */
    public static List<TestCaseCategory> of(List<TestCaseInfo> testCases) {
        Map<String, List<TestCaseInfo>> byName = new LinkedHashMap<>();
        testCases.forEach(info -> byName.computeIfAbsent(info.category(), name -> new ArrayList<>()).add(info));
        return byName.entrySet().stream().map(entry -> new TestCaseCategory(entry.getKey(), entry.getValue()))
                .toList();
    }
}
