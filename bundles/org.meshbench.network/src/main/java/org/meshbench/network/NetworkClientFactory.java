package org.meshbench.network;

import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens network clients, one per MQTT connection, so that a workbench can watch several brokers
 * at once. Registered as an OSGi service; thread-safe. Clients still open when the service goes
 * away are closed.
 */
@ProviderType
public interface NetworkClientFactory {

    /**
     * Opens a client with the default {@link NetworkClientOptions}; it does not connect yet.
     *
     * @param mqtt the connection settings
     * @return a new client
     * @throws MqttTransportException if the transport cannot be created (for example unreadable
     *             TLS files)
     */
    NetworkClient open(MqttOptions mqtt) throws MqttTransportException;

    /**
     * Opens a client; it does not connect yet.
     *
     * @param mqtt the connection settings
     * @param options the client settings
     * @return a new client
     * @throws MqttTransportException if the transport cannot be created
     */
    NetworkClient open(MqttOptions mqtt, NetworkClientOptions options) throws MqttTransportException;
}
