/**
 * Headless simulator of Wirepas gateways, their sinks and the nodes behind them, for tests and
 * benchmarks of backend tools.
 *
 * <p>{@link org.meshbench.simulator.SimulatedFleet} builds the gateways a
 * {@link org.meshbench.simulator.SimulatorConfig} describes; each
 * {@link org.meshbench.simulator.GatewayBehaviour} maps requests and the passing of time to the
 * {@link org.meshbench.simulator.Publication}s a real gateway would make, without any MQTT
 * connection. {@link org.meshbench.simulator.mqtt} runs them against a broker.
 */
package org.meshbench.simulator;
