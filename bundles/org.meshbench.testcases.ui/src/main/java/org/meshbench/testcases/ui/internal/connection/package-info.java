/**
 * Which network client the Test Runner view uses. The workbench's shared connection comes first:
 * any bundle that registers an {@link org.meshbench.network.NetworkClient} as an OSGi service
 * offers it, the highest-ranked one wins. Only while there is none does the view open a connection
 * of its own, to a broker URL typed into the view.
 */
package org.meshbench.testcases.ui.internal.connection;
