package org.meshbench.transport.mqtt.internal;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.meshbench.transport.mqtt.ReceivedMessage;

/**
 * Paho's callback. It runs on Paho's single callback thread, where every microsecond counts
 * against throughput, so it only wraps each message and queues it for its subscriptions (or runs
 * the handlers of direct subscriptions, which promised to be quick).
 */
final class InboundCallback implements MqttCallback {
    private static final System.Logger LOG = System.getLogger(InboundCallback.class.getName());

    private final SubscriptionTable subscriptions;
    private final ConnectionSupervisor supervisor;
    private final MqttAsyncClient manualAcknowledger; // null: Paho acknowledges on return

    /**
     * @param manualAcknowledger the client that acknowledges each QoS 1/2 message when its handler
     *            says so, or {@code null} when Paho acknowledges as this callback returns
     */
    InboundCallback(SubscriptionTable subscriptions, ConnectionSupervisor supervisor,
            MqttAsyncClient manualAcknowledger) {
        this.subscriptions = subscriptions;
        this.supervisor = supervisor;
        this.manualAcknowledger = manualAcknowledger;
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        // Paho drops the connection if this throws, so nothing may escape, not even an Error.
        try {
            subscriptions.route(new ReceivedMessage(topic, message.getPayload(), message.getQos(),
                    message.isRetained(), message.isDuplicate(), acknowledgement(message)));
        } catch (Throwable e) {
            LOG.log(System.Logger.Level.ERROR, "routing a message on " + topic + " failed", e);
        }
    }

    private Runnable acknowledgement(MqttMessage message) {
        if (manualAcknowledger == null || message.getQos() == 0) {
            return () -> { };
        }
        int id = message.getId();
        int qos = message.getQos();
        return () -> {
            try {
                manualAcknowledger.messageArrivedComplete(id, qos);
            } catch (MqttException | RuntimeException e) {
                // Not connected, or closed (Paho then throws NullPointerException): the broker keeps the
                // message and sends it again.
                LOG.log(System.Logger.Level.DEBUG, "acknowledgement of message " + id + " not sent", e);
            }
        };
    }

    @Override
    public void connectionLost(Throwable cause) {
        supervisor.onConnectionLost(cause);
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // Publishes are settled through their own action listeners.
    }
}
