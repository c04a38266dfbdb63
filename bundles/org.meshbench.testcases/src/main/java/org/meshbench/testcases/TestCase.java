package org.meshbench.testcases;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A check of a live network, implemented by plug-ins and declared through the
 * {@value TestCaseExtensionPoint#ID} extension point, which also names its parameters.
 *
 * <p>A new instance is created for every run, on the thread that runs it, so an implementation
 * may keep state in fields. It must have a public no-argument constructor, must not touch SWT or
 * any other UI, and should react to interruption: the runner interrupts the thread when the test
 * times out or is cancelled, then abandons it.
 *
 * <p>Outcome: returning normally passes, unless a soft check ({@link TestChecks#expect}) failed;
 * {@link TestFailedException} fails; {@link TestSkippedException} skips; any other exception or
 * error, and running past the timeout, is an error.
 *
 * @since 0.1
 */
@ConsumerType
public interface TestCase {

    /**
     * Runs the test once.
     *
     * @param context the network, the parameters, and where to put logs, metrics and checks
     * @throws Exception anything unexpected; the test then ends as an error
     */
    void run(TestContext context) throws Exception;
}
