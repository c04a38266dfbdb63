package org.meshbench.shell.internal;

/** A command cannot do what it was asked; the message says why, and the shell goes on. */
public final class ShellException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ShellException(String message) {
        super(message);
    }
}
