/**
 * Help for test-case authors' unit tests: {@link org.meshbench.testcases.testing.PluginXmlTestCases}
 * reads the test cases a plugin.xml declares, without OSGi, so that a plain JUnit test can run them
 * with the real {@link org.meshbench.testcases.run.TestRunner} against a fake of the network API.
 *
 * @since 0.1
 */
package org.meshbench.testcases.testing;
