package org.meshbench.protocol;

import java.util.Objects;
import java.util.Optional;

/** Thrown when a topic and payload cannot be decoded; says which topic, what problem and where. */
public final class DecodeException extends ProtocolException {

    private static final long serialVersionUID = 1L;

    private final DecodeProblem problem;
    private final String fieldPath;
    private final String detail;

    /**
     * @param topic     the topic, as given
     * @param problem   what was wrong
     * @param fieldPath the payload field at fault, for example {@code wirepas.get_configs_resp.header.res}, or null
     * @param detail    specifics of the problem
     * @param cause     the underlying exception, or null
     */
    public DecodeException(String topic, DecodeProblem problem, String fieldPath, String detail, Throwable cause) {
        super(topic, "cannot decode payload on topic \"" + topic + "\": " + problem.description() + ": " + detail,
                cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.fieldPath = fieldPath;
        this.detail = detail;
    }

    /** @return what was wrong */
    public DecodeProblem problem() {
        return problem;
    }

    /** @return the payload field at fault, if the problem is about one field */
    public Optional<String> fieldPath() {
        return Optional.ofNullable(fieldPath);
    }

    /** @return specifics of the problem */
    public String detail() {
        return detail;
    }
}
