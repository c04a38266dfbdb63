package org.meshbench.testcases;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when plug-ins that contribute test cases are installed or removed.
 *
 * @since 0.1
 */
@ConsumerType
@FunctionalInterface
public interface TestCaseRegistryListener {

    /**
     * Called on the thread that changed the plug-ins; must return quickly. Read
     * {@link TestCaseRegistry#testCases()} again for the new list.
     */
    void testCasesChanged();
}
