package org.meshbench.ui.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.meshbench.network.NetworkClient;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.MqttOptions;

class WorkbenchConnectionTest {

    @Test
    void describesWhereTheClientConnectsAndHowItIsDoing() {
        MqttOptions options = MqttOptions.builder().broker("tcp://127.0.0.1:1884").build();
        NetworkClient client = (NetworkClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {NetworkClient.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "mqttOptions" -> options;
                    case "connectionState" -> ConnectionState.CONNECTING;
                    default -> throw new UnsupportedOperationException(method.getName());
                });

        assertEquals("Workbench connection to tcp://127.0.0.1:1884: connecting", WorkbenchConnection.describe(client));
    }
}
