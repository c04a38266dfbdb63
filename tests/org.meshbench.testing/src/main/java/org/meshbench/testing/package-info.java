/**
 * Test support for OSGi integration tests: a real Mosquitto broker on free loopback ports (with
 * optional password file, TLS and client-certificate listeners), a throw-away test PKI, a
 * minimal Wirepas gateway built on the protocol core, simulated gateways behind the embedded broker,
 * and DS services awaited with a bound.
 */
package org.meshbench.testing;
