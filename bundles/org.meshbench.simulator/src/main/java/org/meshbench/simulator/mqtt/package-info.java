/**
 * Runs simulated gateways against an MQTT broker through the Meshbench transport, with controls to
 * crash and reconnect them.
 */
package org.meshbench.simulator.mqtt;
