package org.meshbench.network;

/**
 * A gateway request failed for a reason other than a timeout: the gateway answered with an
 * error, the request could not be sent or was aborted, or the gateway lacks a feature. Timeouts
 * are reported as {@link RequestTimeoutException}.
 */
public abstract sealed class NetworkException extends Exception
        permits GatewayErrorException, RequestAbortedException, FeatureNotSupportedException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param cause the underlying exception, may be null
     */
    protected NetworkException(String message, Throwable cause) {
        super(message, cause);
    }
}
