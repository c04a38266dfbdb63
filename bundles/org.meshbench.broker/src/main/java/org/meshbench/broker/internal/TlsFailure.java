package org.meshbench.broker.internal;

import org.meshbench.broker.BrokerStartException;
import org.meshbench.broker.BrokerStartException.Reason;

/** Makes the exception for unusable TLS material. */
final class TlsFailure {

    private TlsFailure() {
    }

    static BrokerStartException of(String message, Exception cause) {
        return new BrokerStartException(Reason.TLS_MATERIAL, message, cause);
    }
}
