package org.meshbench.network.internal.osgi;

import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkClientFactory;
import org.meshbench.network.NetworkClientOptions;
import org.meshbench.network.internal.DefaultNetworkClientFactory;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.transport.mqtt.MqttTransportFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Publishes the {@link NetworkClientFactory} service on the standard MQTT transport. All
 * behaviour lives in {@link DefaultNetworkClientFactory}; on deactivation the clients it opened
 * are closed.
 */
@Component(service = NetworkClientFactory.class)
public final class NetworkClientFactoryComponent implements NetworkClientFactory {
    private final DefaultNetworkClientFactory factory;

    /** Creates the factory on the standard transport. */
    @Activate
    public NetworkClientFactoryComponent() {
        factory = new DefaultNetworkClientFactory(MqttTransportFactory.standard());
    }

    @Override
    public NetworkClient open(MqttOptions mqtt) throws MqttTransportException {
        return factory.open(mqtt);
    }

    @Override
    public NetworkClient open(MqttOptions mqtt, NetworkClientOptions options) throws MqttTransportException {
        return factory.open(mqtt, options);
    }

    @Deactivate
    void deactivate() {
        factory.close();
    }
}
