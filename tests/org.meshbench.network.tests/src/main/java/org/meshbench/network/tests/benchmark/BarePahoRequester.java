package org.meshbench.network.tests.benchmark;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.meshbench.protocol.EncodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.MessageIdGenerator;
import org.meshbench.protocol.internal.wire.WireEnvelope.GenericMessage;
import org.meshbench.protocol.message.RequestHeader;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.value.Bytes;

/**
 * The round-trip baseline: publish a send_data request at QoS 2 with bare Paho and wait for the
 * response with the same request id, parsed from the protobuf on Paho's thread.
 */
final class BarePahoRequester implements MqttCallback, AutoCloseable {
    private static final long WAIT_MILLIS = 5_000;

    private final MqttAsyncClient client;
    private final GatewayCodec codec = new GatewayCodec();
    private final MessageIdGenerator ids = MessageIdGenerator.seeded(99);
    private final BlockingQueue<Long> answered = new LinkedBlockingQueue<>();
    private final String gatewayId;
    private final String sinkId;

    BarePahoRequester(int port, String gatewayId, String sinkId) throws MqttException {
        this.gatewayId = gatewayId;
        this.sinkId = sinkId;
        client = new MqttAsyncClient("tcp://127.0.0.1:" + port, "bench-bare-requester", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setSocketFactory(new NoDelaySockets());
        options.setMaxInflight(100);
        client.setCallback(this);
        client.connect(options).waitForCompletion(WAIT_MILLIS);
        client.subscribe("gw-response/send_data/" + gatewayId + "/" + sinkId, 2).waitForCompletion(WAIT_MILLIS);
    }

    /** @return the round trip of one request, in nanoseconds */
    long roundTrip() throws MqttException, InterruptedException {
        long id = ids.nextRequestId();
        EncodedMessage request = codec.encodeRequest(gatewayId, new SendDataRequest(RequestHeader.of(id, sinkId), 1,
                1, 1, 0, Bytes.fromHex("01"), OptionalLong.empty(), Optional.empty(), OptionalLong.empty()));
        long start = System.nanoTime();
        client.publish(request.topic(), request.payload().toByteArray(), 2, false);
        Long answer;
        do {
            answer = answered.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            if (answer == null) {
                throw new IllegalStateException("no response to request " + Long.toUnsignedString(id));
            }
        } while (answer != id);
        return System.nanoTime() - start;
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws Exception {
        answered.add(GenericMessage.parseFrom(message.getPayload()).getWirepas().getSendPacketResp().getHeader()
                .getReqId());
    }

    @Override
    public void connectionLost(Throwable cause) {
        // A lost response shows as a failed round trip.
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // Completion is the response, not the PUBCOMP.
    }

    @Override
    public void close() throws MqttException {
        client.disconnect().waitForCompletion(WAIT_MILLIS);
        client.close();
    }
}
