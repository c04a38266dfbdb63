package org.meshbench.json;

/** Text that is not JSON; the message gives line and column. */
public final class JsonSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    JsonSyntaxException(String message) {
        super(message);
    }
}
