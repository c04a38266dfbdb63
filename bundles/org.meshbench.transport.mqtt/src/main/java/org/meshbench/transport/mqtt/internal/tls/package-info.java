/**
 * Sockets for the transport: TCP_NODELAY socket factories, and TLS contexts built from PEM
 * files (CA certificates, client certificate and private key, read by {@code org.meshbench.pem}); not API.
 */
package org.meshbench.transport.mqtt.internal.tls;
