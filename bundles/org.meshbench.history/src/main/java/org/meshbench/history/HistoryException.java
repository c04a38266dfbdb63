package org.meshbench.history;

/** The database cannot be opened, migrated, written or read; the message says which and why. */
public final class HistoryException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param cause the driver's exception, or {@code null}
     */
    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
