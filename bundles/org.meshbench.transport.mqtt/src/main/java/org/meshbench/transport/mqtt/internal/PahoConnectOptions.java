package org.meshbench.transport.mqtt.internal;

import javax.net.SocketFactory;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.TlsOptions;

/** Translates {@link MqttOptions} into Paho's connect options. */
final class PahoConnectOptions {

    private PahoConnectOptions() {
    }

    /**
     * @param options our settings
     * @param socketFactory factory of TCP_NODELAY sockets (an SSLSocketFactory for TLS)
     * @return Paho's options; they hold a copy of the password
     */
    static MqttConnectOptions from(MqttOptions options, SocketFactory socketFactory) {
        MqttConnectOptions paho = new MqttConnectOptions();
        // Pin 3.1.1: Paho's default retries a refused connect with 3.1, which doubles
        // every failed attempt and hides the first CONNACK code.
        paho.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        paho.setCleanSession(options.cleanSession());
        paho.setKeepAliveInterval((int) options.keepAlive().toSeconds());
        paho.setConnectionTimeout(ceilSeconds(options));
        // We reconnect ourselves, with randomized backoff and re-subscription.
        paho.setAutomaticReconnect(false);
        paho.setMaxInflight(options.maxInflight());
        options.username().ifPresent(paho::setUserName);
        options.password().ifPresent(paho::setPassword);
        options.lastWill().ifPresent(
                will -> paho.setWill(will.topic(), will.payload(), will.qos(), will.retain()));
        paho.setSocketFactory(socketFactory);
        paho.setHttpsHostnameVerificationEnabled(
                options.tls().map(TlsOptions::verifyHostname).orElse(false));
        return paho;
    }

    private static int ceilSeconds(MqttOptions options) {
        long millis = options.connectTimeout().toMillis();
        return (int) Math.min(Integer.MAX_VALUE, (millis + 999) / 1000);
    }
}
