/**
 * Writes a {@link org.meshbench.testcases.run.RunReport} as a JUnit XML report, which Jenkins,
 * GitLab and GitHub read, and as JSON for scripts.
 *
 * @since 0.1
 */
package org.meshbench.testcases.report;
