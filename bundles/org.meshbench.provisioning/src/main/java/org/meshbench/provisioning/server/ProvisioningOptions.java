package org.meshbench.provisioning.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How patient the server is. Immutable.
 *
 * @param retries how often DATA or NACK is sent again after a failed send or, for DATA, after the
 *            node did not answer
 * @param responseTimeout how long to wait for the node's answer to DATA
 * @param finishedKept how many finished sessions are kept (for their history and to recognise replays)
 */
public record ProvisioningOptions(int retries, Duration responseTimeout, int finishedKept) {

    /** backend-client's values: one retry, 180 s. */
    public static final ProvisioningOptions DEFAULTS = new ProvisioningOptions(1, Duration.ofSeconds(180), 1000);

    /** Checks the ranges. */
    public ProvisioningOptions {
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        if (retries < 0 || responseTimeout.isNegative() || responseTimeout.isZero() || finishedKept < 0) {
            throw new IllegalArgumentException("retries and kept sessions must be ≥ 0, the timeout > 0");
        }
    }
}
