/**
 * Runs test cases against a network: a {@link org.meshbench.testcases.run.TestPlan} says which
 * test cases with which parameters, {@link org.meshbench.testcases.run.TestRunner} runs them one
 * after another, each on its own thread with a timeout, and returns a
 * {@link org.meshbench.testcases.run.RunReport}. The runner is a plain class without UI or OSGi
 * dependencies: {@code meshbench test} calls it directly, and a workbench view can call it from an
 * Eclipse Job, reporting progress through a {@link org.meshbench.testcases.run.TestRunListener}
 * and cancelling through a {@link org.meshbench.testcases.run.RunCancellation}.
 *
 * @since 0.1
 */
package org.meshbench.testcases.run;
