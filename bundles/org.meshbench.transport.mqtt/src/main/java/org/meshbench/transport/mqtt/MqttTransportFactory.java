package org.meshbench.transport.mqtt;

import org.meshbench.transport.mqtt.internal.PahoTransportFactory;

/**
 * Creates transports. Consumers take a factory, so that tests can hand them a fake one.
 * Thread-safe.
 */
@FunctionalInterface
public interface MqttTransportFactory {

    /**
     * Creates a transport; it does not connect yet.
     *
     * @param options connection settings
     * @return a new, disconnected transport
     * @throws MqttTransportException if the TLS files cannot be read or are invalid
     */
    MqttTransport create(MqttOptions options) throws MqttTransportException;

    /** @return the factory of the standard transport */
    static MqttTransportFactory standard() {
        return PahoTransportFactory.INSTANCE;
    }
}
