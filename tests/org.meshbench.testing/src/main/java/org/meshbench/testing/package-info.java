/**
 * Test support for OSGi integration tests: a minimal Wirepas gateway built on the protocol core,
 * simulated gateways behind the embedded broker, and DS services awaited with a bound. The Mosquitto
 * launcher and the test PKI are in {@code org.meshbench.testing.mosquitto}.
 */
package org.meshbench.testing;
