package org.meshbench.protocol;

/**
 * Thrown when JSON cannot become a payload for a topic: bad JSON syntax, an unknown field, a value
 * of the wrong type, or a message that would not decode (missing required field, wrong kind for
 * the topic, contradicting ids). Names the field path, for example
 * {@code wirepas.send_packet_req.header.req_id}.
 */
public final class JsonMappingException extends ProtocolException {

    private static final long serialVersionUID = 1L;

    private final String fieldPath;
    private final String detail;

    /**
     * @param topic     the topic, as given
     * @param fieldPath the JSON field at fault; empty for the document as a whole
     * @param detail    what is wrong
     * @param cause     the underlying exception, or null
     */
    public JsonMappingException(String topic, String fieldPath, String detail, Throwable cause) {
        super(topic, "cannot encode JSON for topic \"" + topic + "\": "
                + (fieldPath.isEmpty() ? "" : "at " + fieldPath + ": ") + detail, cause);
        this.fieldPath = fieldPath;
        this.detail = detail;
    }

    /** @return the JSON field at fault; empty for the document as a whole */
    public String fieldPath() {
        return fieldPath;
    }

    /** @return what is wrong */
    public String detail() {
        return detail;
    }
}
