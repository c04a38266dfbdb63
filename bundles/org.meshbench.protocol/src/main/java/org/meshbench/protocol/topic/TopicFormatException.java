package org.meshbench.protocol.topic;

/** Thrown when a text is not a topic of the gateway API. */
public final class TopicFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String topic;
    private final String reason;

    /**
     * @param topic  the rejected text
     * @param reason why it was rejected
     */
    public TopicFormatException(String topic, String reason) {
        super("not a gateway API topic: \"" + TopicIds.printable(topic) + "\": " + reason);
        this.topic = topic;
        this.reason = reason;
    }

    /** @return the rejected text */
    public String topic() {
        return topic;
    }

    /** @return why it was rejected */
    public String reason() {
        return reason;
    }
}
