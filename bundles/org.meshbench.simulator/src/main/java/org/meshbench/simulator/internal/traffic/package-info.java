/** Node traffic: periodic uplink, diagnostics packets, Remote API answers and echoes, as received-data events. */
package org.meshbench.simulator.internal.traffic;
