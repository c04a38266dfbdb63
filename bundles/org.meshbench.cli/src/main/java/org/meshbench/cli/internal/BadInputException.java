package org.meshbench.cli.internal;

/** The input a command names (a file, hex text) is unusable: exit status 1. */
final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
