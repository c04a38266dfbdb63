package org.meshbench.protocol;

/**
 * A payload or topic that the codec rejected. Both subclasses name the topic and, where there is
 * one, the payload field at fault.
 */
public abstract sealed class ProtocolException extends Exception permits DecodeException, JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final String topic;

    ProtocolException(String topic, String message, Throwable cause) {
        super(message, cause);
        this.topic = topic;
    }

    /** @return the topic the payload was meant for, as given */
    public String topic() {
        return topic;
    }
}
