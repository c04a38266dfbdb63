package org.meshbench.testcases;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The installed test cases, read from the {@value TestCaseExtensionPoint#ID} extension point and
 * kept up to date as plug-ins come and go. Registered as an OSGi service; thread-safe. Declarations
 * are read eagerly, classes are loaded only by {@link #create(String)}.
 *
 * @since 0.1
 */
@ProviderType
public interface TestCaseRegistry {

    /** @return every installed test case, sorted by category, then id */
    List<TestCaseInfo> testCases();

    /**
     * @param id a test-case id
     * @return its declaration, if installed
     */
    Optional<TestCaseInfo> testCase(String id);

    /**
     * Creates a new instance, loading (and, if lazy, starting) the contributing plug-in.
     *
     * @param id a test-case id
     * @return a new instance
     * @throws TestCaseCreationException if the id is unknown or the class cannot be created; the
     *             message names the plug-in
     */
    TestCase create(String id) throws TestCaseCreationException;

    /** @param listener told when test cases are added or removed */
    void addListener(TestCaseRegistryListener listener);

    /** @param listener a listener added before */
    void removeListener(TestCaseRegistryListener listener);
}
