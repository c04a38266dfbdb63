/**
 * What the Test Runner view shows and decides, without SWT: the chosen test cases and their
 * parameter values, the live results of a run as a tree, and which controls are enabled.
 */
package org.meshbench.testcases.ui.internal.model;
