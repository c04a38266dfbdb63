package org.meshbench.testcases.internal.extension;

/** A contributed element breaks the schema; the parser skips it and reports the message. */
final class InvalidElementException extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidElementException(String message) {
        super(message);
    }
}
