/**
 * Which network client the Test Runner view uses. The workbench's shared connection comes first
 * ({@link org.meshbench.ui.services.SharedConnection}). Only while there is none does the view open
 * a connection of its own, to a broker URL typed into the view.
 */
package org.meshbench.testcases.ui.internal.connection;
