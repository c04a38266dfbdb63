/**
 * An example vendor test case for Meshbench: the made-up Acme climate sensor must report within a
 * given time after a "report now" command (see {@link org.meshbench.example.testcase.ReportAfterCommand}).
 */
package org.meshbench.example.testcase;
