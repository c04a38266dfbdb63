package org.meshbench.decoders.internal.registry;

/** A contributed class could not be created or has the wrong type; the message names the plug-in. */
final class ContributionException extends Exception {

    private static final long serialVersionUID = 1L;

    ContributionException(String message) {
        super(message);
    }

    ContributionException(String message, Throwable cause) {
        super(message, cause);
    }
}
