package org.meshbench.protocol.topic;

/** Fixed topic levels of the API and shared checks of the topic records. */
final class TopicLevels {

    static final String REQUEST = "gw-request";
    static final String RESPONSE = "gw-response";
    static final String EVENT = "gw-event";
    static final String STATUS = "status";
    static final String RECEIVED_DATA = "received_data";

    private TopicLevels() {
    }

    static String gateway(String id) {
        return TopicIds.requireValid("gateway id", id);
    }

    static String sink(String id) {
        return TopicIds.requireValid("sink id", id);
    }
}
