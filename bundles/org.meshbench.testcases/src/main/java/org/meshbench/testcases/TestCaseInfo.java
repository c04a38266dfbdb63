package org.meshbench.testcases;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a plug-in declares about a test case. Immutable; reading it never loads the test-case class.
 *
 * @param id unique id, e.g. {@code meshbench.echo-latency}
 * @param name name shown to users
 * @param description what the test checks and when it passes
 * @param category groups test cases; a JUnit report has one suite per category
 * @param timeout how long one run may take unless the run overrides it
 * @param parameters declared parameters, in declaration order
 * @param contributorId id of the plug-in that declares it
 * @since 0.1
 */
public record TestCaseInfo(String id, String name, String description, String category, Duration timeout,
        List<ParameterDescriptor> parameters, String contributorId) {

    /** Checks for nulls, a positive timeout and unique parameter keys; copies the list. */
    public TestCaseInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(contributorId, "contributorId");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("test case " + id + ": the timeout must be positive");
        }
        parameters = List.copyOf(parameters);
        if (parameters.stream().map(ParameterDescriptor::key).distinct().count() != parameters.size()) {
            throw new IllegalArgumentException("test case " + id + " declares a parameter key twice");
        }
    }

    /**
     * @param key a parameter key
     * @return its declaration, if the test case has that parameter
     */
    public Optional<ParameterDescriptor> parameter(String key) {
        return parameters.stream().filter(parameter -> parameter.key().equals(key)).findFirst();
    }
}
