package org.meshbench.network.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkClientFactory;
import org.meshbench.network.NetworkClientOptions;
import org.meshbench.protocol.MessageIdGenerator;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.transport.mqtt.MqttTransportFactory;

/** Opens clients on transports from a transport factory and closes those left open. Thread-safe. */
public final class DefaultNetworkClientFactory implements NetworkClientFactory, AutoCloseable {
    private final MqttTransportFactory transports;
    private final Set<NetworkClientImpl> open = ConcurrentHashMap.newKeySet();

    /** @param transports creates the MQTT transports */
    public DefaultNetworkClientFactory(MqttTransportFactory transports) {
        this.transports = transports;
    }

    @Override
    public NetworkClient open(MqttOptions mqtt) throws MqttTransportException {
        return open(mqtt, NetworkClientOptions.defaults());
    }

    @Override
    public NetworkClient open(MqttOptions mqtt, NetworkClientOptions options) throws MqttTransportException {
        NetworkClientImpl client = new NetworkClientImpl(transports.create(mqtt), options, Clock.systemUTC(),
                MessageIdGenerator.secure(), open::remove);
        open.add(client);
        return client;
    }

    /** Closes every client this factory opened that is still open. */
    @Override
    public void close() {
        List.copyOf(open).forEach(NetworkClientImpl::close);
    }
}
