/**
 * Test support that needs nothing but the JDK, for plain unit tests and OSGi tests alike: a real
 * Mosquitto broker on free loopback ports (with optional password file, TLS and client-certificate
 * listeners) and a throw-away test PKI made with the openssl CLI.
 */
package org.meshbench.testing.mosquitto;
