/**
 * The Test Runner view and its parts. The parts only show state and report what the user did; the
 * view decides, with the plain classes of the {@code model}, {@code run} and {@code connection}
 * packages.
 */
package org.meshbench.testcases.ui.internal.view;
