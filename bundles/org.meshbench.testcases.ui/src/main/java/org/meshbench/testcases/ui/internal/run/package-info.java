/** Runs a test plan as an Eclipse Job, with progress and cancellation. */
package org.meshbench.testcases.ui.internal.run;
