package org.meshbench.transport.mqtt;

/**
 * Why a connection attempt failed or a connection was lost.
 */
public enum ConnectionErrorKind {
    /** The broker host name did not resolve. */
    UNKNOWN_HOST,
    /** Nothing listens on the broker port, or the broker said it is unavailable. */
    CONNECTION_REFUSED,
    /** The broker did not answer in time (connect timeout or missed keep-alive). */
    TIMEOUT,
    /** The broker rejected the user name or password. */
    BAD_CREDENTIALS,
    /** The broker does not authorize this client. */
    NOT_AUTHORIZED,
    /** The TLS handshake or the TLS session failed; the message says why. */
    TLS_FAILURE,
    /** The broker rejected the protocol version or the client id, or broke the protocol. */
    PROTOCOL,
    /** An established connection broke (the broker went away or the network failed). */
    CONNECTION_LOST,
    /** Anything else; the message carries the details. */
    UNKNOWN
}
