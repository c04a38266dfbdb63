package org.meshbench.cli.internal;

/** The command line itself is wrong (exit status 2), as opposed to the input it names (exit status 1). */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
