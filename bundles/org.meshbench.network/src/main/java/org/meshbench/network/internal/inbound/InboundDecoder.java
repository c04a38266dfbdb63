package org.meshbench.network.internal.inbound;

import org.meshbench.network.ProblemKind;
import org.meshbench.network.internal.dispatch.ClientRuntime;
import org.meshbench.protocol.DecodeException;
import org.meshbench.protocol.DecodeProblem;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.transport.mqtt.ReceivedMessage;

/** Counts and decodes received messages; a failure becomes a counted problem, never an exception. */
final class InboundDecoder {
    private final GatewayCodec codec = new GatewayCodec();
    private final ClientRuntime runtime;

    InboundDecoder(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    /** @return the decoded message, or null after reporting why it could not be decoded */
    DecodedMessage decode(ReceivedMessage message) {
        try {
            return codec.decode(message.topic(), message.payload());
        } catch (DecodeException e) {
            reportUndecodable(message.topic(), e);
            return null;
        }
    }

    private void reportUndecodable(String topic, DecodeException e) {
        if (e.problem() == DecodeProblem.UNKNOWN_TOPIC) {
            reportUnknownTopic(topic, e.getMessage());
        } else {
            reportMalformed(topic, e.getMessage());
        }
    }

    void reportMalformed(String topic, String detail) {
        runtime.counters().malformed.increment();
        runtime.problems().report(ProblemKind.MALFORMED_PAYLOAD, topic, detail, null);
    }

    void reportUnknownTopic(String topic, String detail) {
        runtime.counters().unknownTopics.increment();
        runtime.problems().report(ProblemKind.UNKNOWN_TOPIC, topic, detail, null);
    }
}
