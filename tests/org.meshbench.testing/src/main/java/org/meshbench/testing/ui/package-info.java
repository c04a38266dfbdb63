/**
 * Test support for UI tests in the running workbench: waits that run the UI's events, and screenshots of real
 * windows. Needs SWT, which the non-UI test runtimes do not have: only UI tests use this package.
 */
package org.meshbench.testing.ui;
