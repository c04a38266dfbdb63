package org.meshbench.network;

/**
 * Counters of a client since it was opened. Immutable snapshot.
 *
 * @param messagesReceived MQTT messages received on all subscriptions
 * @param packetsReceived received-data events accepted (duplicates excluded)
 * @param duplicatesDropped received-data events dropped because their event id was seen recently
 * @param malformedMessages payloads that could not be decoded
 * @param unknownTopics messages on topics outside the gateway API
 * @param listenerDrops events not delivered because a listener's queue was full
 * @param requestsSent requests this client published
 * @param requestsTimedOut requests that got no response in time
 * @param lateResponses responses that arrived after their request had timed out or been aborted
 * @param pendingRequests requests waiting for a response now
 * @param trackedNodes nodes in the node store now
 * @param nodesExpired nodes removed because they were silent longer than the expiry time
 * @param nodesEvicted nodes removed because the store was full
 * @param gatewaysEvicted gateways removed because the model was full
 */
public record NetworkStatistics(long messagesReceived, long packetsReceived, long duplicatesDropped,
        long malformedMessages, long unknownTopics, long listenerDrops, long requestsSent, long requestsTimedOut,
        long lateResponses, int pendingRequests, int trackedNodes, long nodesExpired, long nodesEvicted,
        long gatewaysEvicted) {
}
