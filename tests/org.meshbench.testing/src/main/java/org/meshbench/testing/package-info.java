/**
 * Test support for OSGi integration tests: a real Mosquitto broker on free loopback ports (with
 * optional password file, TLS and client-certificate listeners), a throw-away test PKI, and a
 * minimal Wirepas gateway built on the protocol core.
 */
package org.meshbench.testing;
