package org.meshbench.protocol;

import java.util.Objects;
import org.meshbench.protocol.value.Bytes;

/**
 * A topic and payload ready to publish.
 *
 * @param topic   the topic text
 * @param payload the serialized GenericMessage
 */
public record EncodedMessage(String topic, Bytes payload) {

    /** Checks the components. */
    public EncodedMessage {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
    }
}
