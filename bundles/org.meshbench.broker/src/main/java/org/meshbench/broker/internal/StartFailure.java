package org.meshbench.broker.internal;

import java.net.BindException;
import java.net.InetAddress;
import org.meshbench.broker.BrokerStartException;
import org.meshbench.broker.BrokerStartException.Reason;

/** Turns what Moquette throws from a failed start into a {@link BrokerStartException}. */
final class StartFailure {

    private StartFailure() {
    }

    static BrokerStartException of(Exception failure, InetAddress address, int port) {
        String endpoint = address.getHostAddress() + " port " + port;
        BindException bind = bindException(failure);
        if (bind == null) {
            return new BrokerStartException(Reason.BROKER_FAILURE,
                    "The MQTT broker failed to start on " + endpoint + ": " + failure.getMessage(), failure);
        }
        // The JDK names no error code; "Address already in use" is the text on Linux, macOS and Windows.
        String message = String.valueOf(bind.getMessage());
        if (message.contains("in use")) {
            return new BrokerStartException(Reason.PORT_IN_USE, "Another program already listens on " + endpoint,
                    failure);
        }
        return new BrokerStartException(Reason.BROKER_FAILURE, "Cannot listen on " + endpoint + ": " + message,
                failure);
    }

    private static BindException bindException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                return bind;
            }
        }
        return null;
    }
}
