/** OSGi wiring: the Declarative Services component. */
package org.meshbench.network.internal.osgi;
