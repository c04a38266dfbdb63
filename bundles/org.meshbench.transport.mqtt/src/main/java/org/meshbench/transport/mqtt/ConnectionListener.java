package org.meshbench.transport.mqtt;

/**
 * Receives a transport's connection state changes, one at a time and in order, on a
 * transport thread (never the MQTT client's network or callback thread). A UI must move to
 * its own thread. Implementations should return quickly; exceptions are logged and ignored.
 */
@FunctionalInterface
public interface ConnectionListener {

    /**
     * @param event the new state, with the error that caused it, if any
     */
    void connectionChanged(ConnectionEvent event);
}
