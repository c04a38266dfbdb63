package org.meshbench.network.testing;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.protocol.value.Bytes;

/**
 * How a node of a {@link FakeNetworkClient} answers a downlink that reaches it: with an uplink on the
 * reversed endpoints after a delay, or not at all. Called on the thread that sends the downlink.
 */
@FunctionalInterface
public interface NodeBehaviour {

    /** Never answers. */
    NodeBehaviour SILENT = downlink -> Optional.empty();

    /**
     * @param downlink the packet the node received
     * @return the answer; empty for none
     */
    Optional<Answer> answer(OutgoingPacket downlink);

    /**
     * @param sourceEndpoint the source endpoint of the downlinks to echo
     * @param destinationEndpoint their destination endpoint
     * @param delay how long after the downlink the echo arrives
     * @return a behaviour that sends such downlinks back unchanged, as the Meshbench simulator does
     */
    static NodeBehaviour echo(long sourceEndpoint, long destinationEndpoint, Duration delay) {
        return downlink -> downlink.sourceEndpoint() == sourceEndpoint
                && downlink.destinationEndpoint() == destinationEndpoint
                ? Optional.of(new Answer(downlink.payload(), delay)) : Optional.empty();
    }

    /**
     * An uplink that answers a downlink.
     *
     * @param payload its payload
     * @param delay how long after the downlink it arrives
     */
    record Answer(Bytes payload, Duration delay) {

        /** Rejects nulls. */
        public Answer {
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(delay, "delay");
        }
    }
}
