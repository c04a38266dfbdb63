/** The thin adapter between a simulated gateway and an MQTT transport. */
package org.meshbench.simulator.internal.mqtt;
