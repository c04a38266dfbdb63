package org.meshbench.testcases.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One test case of a plan with the parameter values given for it; the others take their defaults.
 * Immutable.
 *
 * @param testCaseId the test-case id
 * @param parameters parameter values as texts, by key
 * @since 0.1
 */
public record PlannedTest(String testCaseId, Map<String, String> parameters) {

    /** Checks for nulls and copies the map, keeping its order. */
    public PlannedTest {
        Objects.requireNonNull(testCaseId, "testCaseId");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * @param testCaseId the test-case id
     * @return the test case with default parameters
     */
    public static PlannedTest of(String testCaseId) {
        return new PlannedTest(testCaseId, Map.of());
    }
}
