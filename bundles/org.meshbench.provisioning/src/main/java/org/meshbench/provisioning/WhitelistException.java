package org.meshbench.provisioning;

/** A whitelist that cannot be read or does not follow the format; the message names the entry and key. */
public final class WhitelistException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, and where */
    public WhitelistException(String message) {
        super(message);
    }
}
