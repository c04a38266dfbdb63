package org.meshbench.network;

import org.meshbench.protocol.topic.TopicIds;

/**
 * Names one sink: the gateway it is attached to and its id on that gateway. Immutable.
 *
 * @param gatewayId the gateway id
 * @param sinkId the sink id on that gateway
 */
public record SinkRef(String gatewayId, String sinkId) implements Comparable<SinkRef> {

    /**
     * Checks that both ids can be topic levels.
     *
     * @throws IllegalArgumentException naming the id that cannot
     */
    public SinkRef {
        TopicIds.requireValid("gateway id", gatewayId);
        TopicIds.requireValid("sink id", sinkId);
    }

    @Override
    public int compareTo(SinkRef other) {
        int byGateway = gatewayId.compareTo(other.gatewayId);
        return byGateway != 0 ? byGateway : sinkId.compareTo(other.sinkId);
    }

    /** @return {@code gateway/sink} */
    @Override
    public String toString() {
        return gatewayId + "/" + sinkId;
    }
}
