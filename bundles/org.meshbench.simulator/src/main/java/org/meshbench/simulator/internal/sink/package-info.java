/** Simulated sinks: configuration, scratchpad area and configuration data items. */
package org.meshbench.simulator.internal.sink;
