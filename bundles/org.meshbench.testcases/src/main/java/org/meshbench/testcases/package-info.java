/**
 * Test-case API: what a plug-in implements to check a Wirepas network through the network model
 * service, and the types that describe test cases, their parameters and their results.
 *
 * <p>Plug-ins implement {@link org.meshbench.testcases.TestCase} and declare it, with its
 * parameters, through the {@value org.meshbench.testcases.TestCaseExtensionPoint#ID} extension
 * point. A test case sees the network only through its {@link org.meshbench.testcases.TestContext}
 * and never touches SWT, so the same code runs in the workbench and in {@code meshbench test}.
 * Everything else here is provided by Meshbench.
 *
 * @since 0.1
 */
package org.meshbench.testcases;
