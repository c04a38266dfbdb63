package org.meshbench.history;

import java.util.Optional;
import org.meshbench.decoders.DecodeOutcome;

/**
 * Decodes the application payload of a received_data message with the installed decoders, for the
 * {@code decoder}, {@code summary} and {@code fields_json} columns.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface PacketDecoding {

    /** Leaves every payload undecoded. */
    PacketDecoding NONE = (topic, payload) -> Optional.empty();

    /**
     * @param topic a {@code gw-event/received_data/…} topic
     * @param payload its MQTT payload
     * @return the outcome; empty when no payload was sent or no decoder registry is there. Must not throw.
     */
    Optional<DecodeOutcome> decode(String topic, byte[] payload);
}
