/**
 * Help for unit tests of code that uses the network API, such as vendors' test cases:
 * {@link org.meshbench.network.testing.FakeNetworkClient} is an in-memory
 * {@link org.meshbench.network.NetworkClient} with gateways, sinks and nodes set up by the test, gateway
 * answers from that model and nodes that answer downlinks as their
 * {@link org.meshbench.network.testing.NodeBehaviour} says. Import this package with
 * {@code resolution:=optional}: only tests need it.
 *
 * @since 0.1
 */
package org.meshbench.network.testing;
