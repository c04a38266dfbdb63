/**
 * How the runner isolates one test: its own thread with a deadline, a context that collects logs,
 * metrics and checks, and the turning of whatever happened into a result.
 */
package org.meshbench.testcases.internal.run;
