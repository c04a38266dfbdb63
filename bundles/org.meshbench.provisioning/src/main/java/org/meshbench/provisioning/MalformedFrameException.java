package org.meshbench.provisioning;

/** Bytes on the provisioning endpoints that are not a frame; says what is wrong with them. */
public final class MalformedFrameException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Problem {
        /** Shorter than its type needs. */
        TRUNCATED,
        /** The type byte is not START, DATA, DATA_ACK or NACK. */
        UNKNOWN_TYPE,
        /** A NACK with a reason byte no reason has. */
        UNKNOWN_REASON,
        /** Bytes after a frame that has a fixed length. */
        TRAILING_BYTES
    }

    private final Problem problem;

    /**
     * @param problem what is wrong
     * @param message the details
     */
    public MalformedFrameException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    /** @return what is wrong */
    public Problem problem() {
        return problem;
    }
}
