package org.meshbench.network.internal.dispatch;

import java.util.concurrent.atomic.LongAdder;

/** The client's event counters; cheap to bump from any thread. Thread-safe. */
public final class Counters {
    /** MQTT messages received. */
    public final LongAdder messages = new LongAdder();
    /** Received-data events accepted. */
    public final LongAdder packets = new LongAdder();
    /** Received-data duplicates dropped. */
    public final LongAdder duplicates = new LongAdder();
    /** Payloads that failed to decode. */
    public final LongAdder malformed = new LongAdder();
    /** Topics outside the API. */
    public final LongAdder unknownTopics = new LongAdder();
    /** Events dropped at full listener queues. */
    public final LongAdder listenerDrops = new LongAdder();
    /** Requests published. */
    public final LongAdder requestsSent = new LongAdder();
    /** Requests that timed out. */
    public final LongAdder requestsTimedOut = new LongAdder();
    /** Responses after their request was given up. */
    public final LongAdder lateResponses = new LongAdder();
    /** Gateways dropped from a full model. */
    public final LongAdder gatewaysEvicted = new LongAdder();
}
