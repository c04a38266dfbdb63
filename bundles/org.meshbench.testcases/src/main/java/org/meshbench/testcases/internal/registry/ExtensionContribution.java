package org.meshbench.testcases.internal.registry;

import java.util.List;
import java.util.Objects;

/**
 * Everything one extension contributes.
 *
 * @param key identifies the extension; used to match its removal
 * @param contributorId id of the contributing plug-in, for messages
 * @param testCases the valid test-case declarations
 */
public record ExtensionContribution(Object key, String contributorId, List<TestCaseDeclaration> testCases) {

    /** Copies the list and rejects {@code null} components. */
    public ExtensionContribution {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contributorId, "contributorId");
        testCases = List.copyOf(testCases);
    }
}
