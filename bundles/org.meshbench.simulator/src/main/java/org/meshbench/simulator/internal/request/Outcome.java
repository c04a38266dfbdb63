package org.meshbench.simulator.internal.request;

import java.util.List;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.topic.ResponseTopic;
import org.meshbench.simulator.internal.traffic.Scheduled;

/**
 * What a request leads to.
 *
 * @param topic           where the response goes
 * @param response        the response
 * @param nodeAnswers     packets nodes send back later (downlink answers)
 * @param configMayChange whether a sink configuration may have changed, so the status must be checked
 */
public record Outcome(ResponseTopic topic, Response response, List<Scheduled> nodeAnswers, boolean configMayChange) {

    /** Copies the list. */
    public Outcome {
        nodeAnswers = List.copyOf(nodeAnswers);
    }

    static Outcome reading(ResponseTopic topic, Response response) {
        return new Outcome(topic, response, List.of(), false);
    }

    static Outcome changing(ResponseTopic topic, Response response) {
        return new Outcome(topic, response, List.of(), true);
    }
}
