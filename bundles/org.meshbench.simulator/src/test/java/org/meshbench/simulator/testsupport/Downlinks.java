package org.meshbench.simulator.testsupport;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.value.Bytes;

/** Builds downlink requests and picks the uplink answers out of what a gateway published. */
public final class Downlinks {

    private Downlinks() {
    }

    /**
     * @param sink                the sink to send through
     * @param destination         the node address
     * @param sourceEndpoint      source endpoint
     * @param destinationEndpoint destination endpoint
     * @param payload             the APDU
     * @return the request
     */
    public static SendDataRequest to(String sink, long destination, int sourceEndpoint, int destinationEndpoint,
            Bytes payload) {
        return new SendDataRequest(TestGateway.header(sink), destination, sourceEndpoint, destinationEndpoint, 0,
                payload, OptionalLong.empty(), Optional.empty(), OptionalLong.empty());
    }

    /**
     * @param published           decoded publications
     * @param sourceEndpoint      the endpoint packets came from
     * @return the received-data events from that endpoint, in order
     */
    public static List<ReceivedDataEvent> from(List<DecodedMessage> published, int sourceEndpoint) {
        return published.stream().map(DecodedMessage::message)
                .filter(ReceivedDataEvent.class::isInstance).map(ReceivedDataEvent.class::cast)
                .filter(event -> event.sourceEndpoint() == sourceEndpoint).toList();
    }
}
