package org.meshbench.simulator.internal.gateway;

import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.message.StatusEvent;
import org.meshbench.protocol.topic.ResponseTopic;
import org.meshbench.protocol.topic.StatusTopic;
import org.meshbench.simulator.Publication;

/** Encodes what a gateway publishes with the official gateway's MQTT QoS and retain flags. */
final class Publications {

    /** Responses go at QoS 2, so that a backend never sees one twice. */
    static final int RESPONSE_QOS = 2;
    /** The ONLINE status goes at QoS 1, retained. */
    static final int STATUS_QOS = 1;
    /** The OFFLINE last will goes at QoS 2, retained. */
    static final int WILL_QOS = 2;

    private static final GatewayCodec CODEC = new GatewayCodec();

    private Publications() {
    }

    static Publication response(ResponseTopic topic, Response response) {
        return Publication.of(CODEC.encode(topic, response), RESPONSE_QOS, false);
    }

    static Publication status(StatusEvent status) {
        return Publication.of(CODEC.encode(new StatusTopic(status.header().gwId()), status), STATUS_QOS, true);
    }

    static Publication will(StatusEvent offline) {
        return Publication.of(CODEC.encode(new StatusTopic(offline.header().gwId()), offline), WILL_QOS, true);
    }
}
