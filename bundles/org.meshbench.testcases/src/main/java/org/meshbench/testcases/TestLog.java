package org.meshbench.testcases;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A test's log: shown live as progress and kept with the result (JUnit {@code system-out}).
 * Thread-safe. A run keeps a bounded number of entries and counts the rest as dropped.
 *
 * @since 0.1
 */
@ProviderType
public interface TestLog {

    /** @param message progress or a finding */
    void info(String message);

    /** @param message something unexpected that does not fail the test by itself */
    void warning(String message);

    /** @param message something that went wrong */
    void error(String message);
}
