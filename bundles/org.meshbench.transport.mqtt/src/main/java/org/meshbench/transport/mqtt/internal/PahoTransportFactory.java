package org.meshbench.transport.mqtt.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import javax.net.SocketFactory;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.transport.mqtt.MqttTransportFactory;
import org.meshbench.transport.mqtt.internal.tls.NoDelaySocketFactory;
import org.meshbench.transport.mqtt.internal.tls.SslSocketFactories;

/** Creates {@link PahoMqttTransport}s. Stateless and thread-safe. */
public final class PahoTransportFactory implements MqttTransportFactory {
    /** The one instance. */
    public static final PahoTransportFactory INSTANCE = new PahoTransportFactory();

    private PahoTransportFactory() {
    }

    @Override
    public MqttTransport create(MqttOptions options) throws MqttTransportException {
        return new PahoMqttTransport(options, socketFactory(options));
    }

    private static SocketFactory socketFactory(MqttOptions options) throws MqttTransportException {
        if (options.tls().isEmpty()) {
            return new NoDelaySocketFactory(SocketFactory.getDefault());
        }
        try {
            return SslSocketFactories.create(options.tls().get());
        } catch (IOException | GeneralSecurityException e) {
            throw new MqttTransportException("TLS setup failed: " + e.getMessage(), e);
        }
    }
}
