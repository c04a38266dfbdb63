package org.meshbench.broker.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.meshbench.broker.BrokerStartException;
import org.meshbench.broker.BrokerStartException.Reason;

/** Asks the operating system for a port that is free right now on one address. */
final class FreePort {

    private FreePort() {
    }

    static int pick(InetAddress address) throws BrokerStartException {
        try (ServerSocket probe = new ServerSocket(0, 1, address)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new BrokerStartException(Reason.BROKER_FAILURE,
                    "Cannot listen on " + address.getHostAddress() + ": " + e.getMessage(), e);
        }
    }
}
