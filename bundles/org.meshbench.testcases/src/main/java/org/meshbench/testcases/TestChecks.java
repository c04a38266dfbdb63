package org.meshbench.testcases;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks that decide a test's outcome. Hard checks end the test at once; soft checks are
 * collected, so that an audit reports every problem it finds, and fail the test at its end.
 * Thread-safe.
 *
 * @since 0.1
 */
@ProviderType
public interface TestChecks {

    /**
     * A hard check.
     *
     * @param condition what must hold
     * @param message what is wrong when it does not
     * @throws TestFailedException if the condition is false
     */
    void require(boolean condition, String message);

    /**
     * A soft check: a false condition is logged as an error and fails the test at its end.
     *
     * @param condition what should hold
     * @param message what is wrong when it does not
     * @return the condition
     */
    boolean expect(boolean condition, String message);

    /**
     * Fails the test at once.
     *
     * @param message what is wrong
     * @return never returns; declared so that callers can write {@code throw checks.fail(…)}
     * @throws TestFailedException always
     */
    TestFailedException fail(String message);

    /**
     * Skips the test at once, for example when the network lacks a feature it needs.
     *
     * @param reason why
     * @return never returns; declared so that callers can write {@code throw checks.skip(…)}
     * @throws TestSkippedException always
     */
    TestSkippedException skip(String reason);
}
