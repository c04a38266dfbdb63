/** One simulated gateway without MQTT: seeds, status tracking, fault injection and delayed publications. */
package org.meshbench.simulator.internal.gateway;
