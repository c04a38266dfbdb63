package org.meshbench.decoders.internal.json;

/** The text is not valid JSON; the message gives line and column. */
public final class JsonException extends Exception {

    private static final long serialVersionUID = 1L;

    JsonException(String message) {
        super(message);
    }
}
