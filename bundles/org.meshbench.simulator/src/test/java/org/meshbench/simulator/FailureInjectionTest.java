package org.meshbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.DecodeException;
import org.meshbench.protocol.DecodeProblem;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.message.GetConfigsRequest;
import org.meshbench.protocol.message.GetConfigsResponse;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.message.RequestHeader;
import org.meshbench.simulator.testsupport.MutableClock;
import org.meshbench.simulator.testsupport.TestGateway;

class FailureInjectionTest {

    private static final GetConfigsRequest GET_CONFIGS = new GetConfigsRequest(RequestHeader.of(TestGateway.REQ_ID));

    private final MutableClock clock = new MutableClock();

    @Test
    void droppedResponsesNeverCome() {
        TestGateway gateway = gateway(FailureInjection.none().withDroppedResponses(1));

        assertTrue(gateway.send(GET_CONFIGS).isEmpty());
        assertTrue(gateway.tick(Duration.ofMinutes(1)).isEmpty());
    }

    @Test
    void delayedResponsesComeWithTheFirstTickAfterTheDelay() {
        TestGateway gateway = gateway(FailureInjection.none().withResponseDelay(Duration.ofSeconds(3)));

        assertTrue(gateway.send(GET_CONFIGS).isEmpty());
        assertTrue(gateway.tick(Duration.ofMillis(2999)).isEmpty());
        List<DecodedMessage> late = gateway.tick(Duration.ofMillis(1));

        assertEquals(1, late.size());
        assertInstanceOf(GetConfigsResponse.class, late.get(0).message());
    }

    @Test
    void aDuplicateEventRepeatsTheSameEventId() {
        TestGateway gateway = gateway(FailureInjection.none().withDuplicatedEvents(1));
        gateway.tick(Duration.ZERO);

        List<DecodedMessage> published = gateway.tick(Duration.ofSeconds(1));

        assertEquals(2 * 4, published.size());
        for (int i = 0; i < published.size(); i += 2) {
            ReceivedDataEvent first = (ReceivedDataEvent) published.get(i).message();
            assertEquals(first, published.get(i + 1).message());
        }
        ReceivedDataEvent a = (ReceivedDataEvent) published.get(0).message();
        ReceivedDataEvent b = (ReceivedDataEvent) published.get(2).message();
        assertTrue(a.header().eventId() != b.header().eventId());
    }

    @Test
    void aMalformedEventIsNoLongerValidProtobuf() {
        TestGateway gateway = gateway(FailureInjection.none().withMalformedEvents(1));
        gateway.behaviour().tick();
        clock.advance(Duration.ofSeconds(1));

        List<Publication> published = gateway.behaviour().tick();

        assertEquals(4, published.size());
        for (Publication publication : published) {
            DecodeException problem = assertThrows(DecodeException.class,
                    () -> new GatewayCodec().decode(publication.topic(), publication.payloadBytes()));
            assertEquals(DecodeProblem.MALFORMED_PROTOBUF, problem.problem());
        }
    }

    @Test
    void ratiosOutsideZeroToOneAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> FailureInjection.none().withDuplicatedEvents(1.5));
        assertThrows(IllegalArgumentException.class, () -> FailureInjection.none().withDroppedResponses(-0.1));
        assertThrows(IllegalArgumentException.class, () -> FailureInjection.none().withMalformedEvents(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> FailureInjection.none().withResponseDelay(Duration.ofMillis(-1)));
    }

    private TestGateway gateway(FailureInjection failures) {
        return TestGateway.first(clock, TestGateway.quiet(clock).uplinkRate(4).failures(failures).build());
    }
}
