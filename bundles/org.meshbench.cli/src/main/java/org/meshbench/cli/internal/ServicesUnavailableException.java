package org.meshbench.cli.internal;

/** A service a command needs is not available: exit status 2, like a connection error. */
final class ServicesUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    ServicesUnavailableException(String message) {
        super(message);
    }
}
