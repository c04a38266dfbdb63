package org.meshbench.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.meshbench.protocol.DecodeException;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.EncodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.MessageIdGenerator;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.message.Request;
import org.meshbench.protocol.message.StatusEvent;
import org.meshbench.protocol.topic.RequestTopic;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.GatewayInfo;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.LastWill;
import org.meshbench.transport.mqtt.MqttOptionsBuilder;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportFactory;
import org.meshbench.transport.mqtt.ReceivedMessage;

/**
 * A minimal Wirepas gateway on a real MQTT connection: it publishes its retained status (again
 * after every reconnect), has an OFFLINE last will, answers every request like a gateway does
 * (see {@link GatewayAnswers}) and publishes received data on demand. A test can make a command
 * fail with a result code or go unanswered. Thread-safe.
 */
public final class MinimalGateway implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final String id;
    private final GatewayInfo info;
    private final SinkConfigs sinks;
    private final GatewayAnswers answers;
    private final GatewayCodec codec = new GatewayCodec();
    private final MessageIdGenerator ids;
    private final Map<Command, ResultCode> failures = new ConcurrentHashMap<>();
    private final Set<Command> ignored = ConcurrentHashMap.newKeySet();
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private MqttTransport transport;

    private MinimalGateway(Builder builder) {
        this.id = builder.id;
        this.info = new GatewayInfo(Instant.now().getEpochSecond(), Optional.of(builder.model),
                Optional.of(builder.version), OptionalLong.of(2), OptionalLong.of(builder.maxScratchpadSize),
                builder.features);
        this.sinks = new SinkConfigs(builder.sinks);
        this.answers = new GatewayAnswers(id, info, sinks);
        this.ids = MessageIdGenerator.seeded(id.hashCode());
    }

    /**
     * @param gatewayId the gateway id (also its MQTT client id)
     * @return a builder for a gateway without sinks
     */
    public static Builder builder(String gatewayId) {
        return new Builder(gatewayId);
    }

    private void start(MqttOptionsBuilder connection) throws Exception {
        StatusEvent offline = status(OnOffState.OFF);
        EncodedMessage will = codec.encodeEvent(offline);
        transport = MqttTransportFactory.standard().create(connection.clientId(id)
                .lastWill(new LastWill(will.topic(), will.payload().toByteArray(), 2, true)).build());
        transport.addConnectionListener(event -> {
            if (event.state() == ConnectionState.CONNECTED) {
                publishStatus();
            }
        });
        transport.subscribe("gw-request/+/" + id, 2, this::handle);
        transport.subscribe("gw-request/+/" + id + "/+", 2, this::handle);
        transport.connect().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        EncodedMessage online = codec.encodeEvent(status(OnOffState.ON));
        transport.publishAndWait(online.topic(), online.payload().toByteArray(), 1, true, WAIT);
    }

    private StatusEvent status(OnOffState state) {
        boolean on = state == OnOffState.ON;
        return new StatusEvent(new EventHeader(id, Optional.empty(), ids.nextEventId(), OptionalLong.empty()),
                StatusEvent.CURRENT_VERSION, state, on ? sinks.all() : List.of(), info.gwModel(), info.gwVersion(),
                on ? info.maxScratchpadSize() : OptionalLong.empty(), on ? info.gwFeatures() : List.of());
    }

    /** Publishes the current ONLINE status, retained. */
    public void publishStatus() {
        EncodedMessage online = codec.encodeEvent(status(OnOffState.ON));
        transport.publish(online.topic(), online.payload().toByteArray(), 1, true);
    }

    private void handle(ReceivedMessage message) {
        DecodedMessage decoded;
        try {
            decoded = codec.decode(message.topic(), message.payload());
        } catch (DecodeException e) {
            return; // a gateway drops requests it cannot parse
        }
        Command command = ((RequestTopic) decoded.topic()).command();
        Request request = (Request) decoded.message();
        received.add(request);
        if (ignored.contains(command)) {
            return;
        }
        EncodedMessage response = codec.encodeResponse(
                answers.answer(command, request, Optional.ofNullable(failures.get(command))));
        transport.publish(response.topic(), response.payload().toByteArray(), 2, false);
        if (command == Command.SET_CONFIG) {
            publishStatus();
        }
    }

    /**
     * @param command answered with {@code result} from now on, whatever the request
     * @param result the result code
     */
    public void fail(Command command, ResultCode result) {
        failures.put(command, result);
    }

    /** @param command left unanswered from now on */
    public void ignore(Command command) {
        ignored.add(command);
    }

    /** Answers every command normally again. */
    public void behaveNormally() {
        failures.clear();
        ignored.clear();
    }

    /** @return the requests received so far, in order */
    public List<Request> received() {
        return new ArrayList<>(received);
    }

    /**
     * @param sinkId a sink
     * @return its stored scratchpad, if any
     */
    public Optional<Bytes> scratchpad(String sinkId) {
        return answers.storage(sinkId).flatMap(SinkStorage::scratchpad);
    }

    /**
     * @param sinkId a sink
     * @return its current configuration
     */
    public Optional<SinkReadConfig> sink(String sinkId) {
        return sinks.get(sinkId);
    }

    /**
     * Publishes a packet received by a sink, at QoS 1.
     *
     * @param sinkId the sink (must have a network address)
     * @param source the source node address
     * @param sourceEndpoint source endpoint
     * @param destinationEndpoint destination endpoint
     * @param payload the payload
     * @param eventId the event id; publish twice with the same id to simulate a QoS 1 duplicate
     */
    public void publishData(String sinkId, long source, long sourceEndpoint, long destinationEndpoint,
            Bytes payload, long eventId) {
        SinkReadConfig sink = sinks.get(sinkId).orElseThrow();
        ReceivedDataEvent event = new ReceivedDataEvent(new EventHeader(id, Optional.of(sinkId), eventId,
                OptionalLong.empty()), source, sink.nodeAddress().orElse(1), sourceEndpoint, destinationEndpoint, 25,
                Instant.now().toEpochMilli(), 0, Optional.of(payload), OptionalLong.empty(), OptionalLong.of(2),
                sink.networkAddress());
        EncodedMessage encoded = codec.encodeEvent(event);
        transport.publish(encoded.topic(), encoded.payload().toByteArray(), 1, false);
    }

    /** Drops the connection without MQTT DISCONNECT, so that the broker publishes the OFFLINE will. */
    public void crash() {
        transport.abort();
    }

    /** @return the gateway id */
    public String id() {
        return id;
    }

    @Override
    public void close() {
        if (transport != null) {
            transport.close();
        }
    }

    /** Describes the gateway to start. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private String model = "meshbench-minimal";
        private String version = "0.1";
        private long maxScratchpadSize = 1024;
        private List<GatewayFeature> features = List.of(GatewayFeature.SCRATCHPAD_CHUNK_V1,
                GatewayFeature.CONFIGURATION_DATA_V1);
        private final List<SinkReadConfig> sinks = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * @param config a sink and its configuration
         * @return this builder
         */
        public Builder sink(SinkReadConfig config) {
            sinks.add(config);
            return this;
        }

        /**
         * @param size max scratchpad size announced (default 1024)
         * @return this builder
         */
        public Builder maxScratchpadSize(long size) {
            maxScratchpadSize = size;
            return this;
        }

        /**
         * @param announced features announced (default chunked upload and configuration data)
         * @return this builder
         */
        public Builder features(GatewayFeature... announced) {
            features = List.of(announced);
            return this;
        }

        /**
         * @param gatewayModel model name
         * @param gatewayVersion version
         * @return this builder
         */
        public Builder describedAs(String gatewayModel, String gatewayVersion) {
            model = gatewayModel;
            version = gatewayVersion;
            return this;
        }

        /**
         * Connects the gateway and publishes its ONLINE status.
         *
         * @param connection how to reach the broker; client id and last will are set here
         * @return the running gateway
         * @throws Exception if it cannot connect
         */
        public MinimalGateway start(MqttOptionsBuilder connection) throws Exception {
            MinimalGateway gateway = new MinimalGateway(this);
            try {
                gateway.start(connection);
                return gateway;
            } catch (Exception e) {
                gateway.close();
                throw e;
            }
        }
    }
}
