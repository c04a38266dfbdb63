package org.meshbench.broker.internal;

import io.moquette.BrokerConstants;
import io.moquette.broker.config.IConfig;
import java.util.Properties;
import org.meshbench.broker.BrokerOptions;

/** Moquette's configuration properties for our options; every default that would touch the outside is off. */
final class MoquetteSettings {

    /** The largest packet MQTT 3.1.1 can encode; Moquette's default (8092 bytes) cuts OTAP scratchpads. */
    static final int MAX_PACKET_BYTES = 268_435_455;

    private MoquetteSettings() {
    }

    static Properties of(BrokerOptions options, int port) {
        Properties settings = new Properties();
        settings.setProperty(IConfig.HOST_PROPERTY_NAME, options.bindAddress().getHostAddress());
        // One listener only: plain MQTT, or MQTT over TLS.
        if (options.tls().isPresent()) {
            settings.setProperty(IConfig.PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
            settings.setProperty(IConfig.SSL_PORT_PROPERTY_NAME, Integer.toString(port));
        } else {
            settings.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(port));
        }
        settings.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, Boolean.toString(options.anonymousAllowed()));
        // Moquette's defaults would write a store under ./data and post telemetry to moquette.io.
        settings.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, Boolean.FALSE.toString());
        settings.setProperty(IConfig.ENABLE_TELEMETRY_NAME, Boolean.FALSE.toString());
        settings.setProperty(IConfig.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(MAX_PACKET_BYTES));
        // MQTT 3.1.1 (3.1.3-6/3.1.3-7): an empty client id with a clean session gets one from the server, as
        // mosquitto_sub without -i expects; Moquette refuses it unless told otherwise.
        settings.setProperty(BrokerConstants.ALLOW_ZERO_BYTE_CLIENT_ID_PROPERTY_NAME, Boolean.TRUE.toString());
        return settings;
    }
}
