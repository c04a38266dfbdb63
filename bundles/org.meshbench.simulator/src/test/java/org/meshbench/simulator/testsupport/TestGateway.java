package org.meshbench.simulator.testsupport;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.meshbench.protocol.DecodeException;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.EncodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.message.Request;
import org.meshbench.protocol.message.RequestHeader;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.topic.RequestTopic;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.simulator.GatewayBehaviour;
import org.meshbench.simulator.Publication;
import org.meshbench.simulator.SimulatedFleet;
import org.meshbench.simulator.SimulatorConfig;
import org.meshbench.simulator.SimulatorConfigBuilder;

/**
 * The first gateway of a fleet, driven with typed requests and a test clock; everything it
 * publishes is decoded again, so tests see what a backend would see.
 */
public final class TestGateway {

    /** Request id the helpers put in every request. */
    public static final long REQ_ID = 0x1122334455667788L;

    private static final GatewayCodec CODEC = new GatewayCodec();

    private final MutableClock clock;
    private final GatewayBehaviour gateway;

    private TestGateway(MutableClock clock, GatewayBehaviour gateway) {
        this.clock = clock;
        this.gateway = gateway;
    }

    /**
     * @param clock the clock the configuration must use
     * @return a builder for a quiet fleet: 1 gateway, 2 sinks, 5 nodes, no periodic traffic, seed 42
     */
    public static SimulatorConfigBuilder quiet(MutableClock clock) {
        return SimulatorConfig.builder().clock(clock).size(1, 2, 5).uplinkRate(0).seed(42);
    }

    /**
     * @param clock  the clock {@code config} uses
     * @param config the configuration
     * @return its first gateway
     */
    public static TestGateway first(MutableClock clock, SimulatorConfig config) {
        return new TestGateway(clock, SimulatedFleet.create(config).gateways().get(0));
    }

    /** @return the gateway */
    public GatewayBehaviour behaviour() {
        return gateway;
    }

    /** @return the gateway id */
    public String id() {
        return gateway.gatewayId();
    }

    /**
     * @param sinkId a sink id
     * @return a request header for that sink
     */
    public static RequestHeader header(String sinkId) {
        return RequestHeader.of(REQ_ID, sinkId);
    }

    /**
     * @param request a request for this gateway
     * @return everything published in answer, decoded
     */
    public List<DecodedMessage> send(Request request) {
        EncodedMessage encoded = CODEC.encodeRequest(id(), request);
        return decodeAll(gateway.handleRequest(encoded.topic(), encoded.payload().toByteArray()));
    }

    /**
     * @param topic   the topic to send on, for a request whose header lacks what the topic needs
     * @param request the request
     * @return everything published in answer, decoded
     */
    public List<DecodedMessage> sendOn(RequestTopic topic, Request request) {
        EncodedMessage encoded = CODEC.encode(topic, request);
        return decodeAll(gateway.handleRequest(encoded.topic(), encoded.payload().toByteArray()));
    }

    /**
     * @param request a request
     * @param type    the response type expected first
     * @param <T>     that type
     * @return the first message published, which must be a response of that type
     */
    public <T extends Response> T answer(Request request, Class<T> type) {
        List<DecodedMessage> published = send(request);
        if (published.isEmpty()) {
            throw new AssertionError("no response to " + request);
        }
        return assertInstanceOf(type, published.get(0).message());
    }

    /**
     * @param step how far to move the clock before the tick
     * @return what the gateway published, decoded
     */
    public List<DecodedMessage> tick(Duration step) {
        clock.advance(step);
        return decodeAll(gateway.tick());
    }

    /**
     * @param sinkId a sink id
     * @return its configuration as read back now
     */
    public SinkReadConfig config(String sinkId) {
        return gateway.sinkConfigs().stream().filter(c -> c.sinkId().equals(sinkId)).findFirst().orElseThrow();
    }

    /**
     * @param publications what a gateway published
     * @return each decoded
     */
    public static List<DecodedMessage> decodeAll(List<Publication> publications) {
        List<DecodedMessage> decoded = new ArrayList<>();
        for (Publication publication : publications) {
            decoded.add(decode(publication));
        }
        return decoded;
    }

    /**
     * @param publication a publication that must decode
     * @return it decoded
     */
    public static DecodedMessage decode(Publication publication) {
        try {
            return CODEC.decode(publication.topic(), publication.payloadBytes());
        } catch (DecodeException e) {
            throw new AssertionError("published payload does not decode: " + e.getMessage(), e);
        }
    }
}
