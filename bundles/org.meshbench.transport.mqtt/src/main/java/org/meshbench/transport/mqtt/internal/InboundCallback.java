package org.meshbench.transport.mqtt.internal;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
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

    InboundCallback(SubscriptionTable subscriptions, ConnectionSupervisor supervisor) {
        this.subscriptions = subscriptions;
        this.supervisor = supervisor;
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        // Paho drops the connection if this throws, so nothing may escape, not even an Error.
        try {
            subscriptions.route(new ReceivedMessage(topic, message.getPayload(), message.getQos(),
                    message.isRetained(), message.isDuplicate()));
        } catch (Throwable e) {
            LOG.log(System.Logger.Level.ERROR, "routing a message on " + topic + " failed", e);
        }
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
