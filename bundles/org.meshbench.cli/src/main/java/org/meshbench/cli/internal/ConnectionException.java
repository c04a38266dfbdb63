package org.meshbench.cli.internal;

/** The broker cannot be reached or refuses the client: exit status 2. */
final class ConnectionException extends Exception {

    private static final long serialVersionUID = 1L;

    ConnectionException(String message) {
        super(message);
    }
}
