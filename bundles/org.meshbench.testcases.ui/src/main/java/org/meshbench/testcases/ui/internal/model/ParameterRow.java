package org.meshbench.testcases.ui.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meshbench.testcases.ParameterDescriptor;
import org.meshbench.testcases.ParameterException;
import org.meshbench.testcases.TestCaseInfo;

/**
 * One row of the parameter table: a declared parameter, the value a run would use, and what is
 * wrong with it. Immutable.
 *
 * @param descriptor the declaration
 * @param value the typed value, else the default, else empty
 * @param edited whether the user typed the value
 * @param problem why the value cannot be used; empty when it can
 */
public record ParameterRow(ParameterDescriptor descriptor, String value, boolean edited, Optional<String> problem) {

    /**
     * @param testCase the test case
     * @param edits the values typed for it, by key
     * @return one row per declared parameter, in declaration order
     */
    public static List<ParameterRow> of(TestCaseInfo testCase, Map<String, String> edits) {
        List<ParameterRow> rows = new ArrayList<>();
        for (ParameterDescriptor descriptor : testCase.parameters()) {
            String edit = edits.get(descriptor.key());
            if (edit != null) {
                rows.add(new ParameterRow(descriptor, edit, true, problemOf(descriptor, edit)));
            } else {
                Optional<String> missing = descriptor.required() && descriptor.defaultValue().isEmpty()
                        ? Optional.of("parameter " + descriptor.key() + " is required") : Optional.empty();
                rows.add(new ParameterRow(descriptor, descriptor.defaultValue().orElse(""), false, missing));
            }
        }
        return rows;
    }

    private static Optional<String> problemOf(ParameterDescriptor descriptor, String text) {
        try {
            descriptor.parse(text);
            return Optional.empty();
        } catch (ParameterException e) {
            return Optional.of(e.getMessage());
        }
    }
}
