package org.meshbench.protocol.value;

import java.util.Objects;

/**
 * Application configuration that a sink spreads through its network ({@code AppConfigData}).
 *
 * @param diagIntervalS diagnostics interval in seconds (uint32)
 * @param appConfigData the application configuration bytes (not null)
 * @param seq           sequence number; nodes apply data only when it changes (uint32)
 */
public record AppConfigData(long diagIntervalS, Bytes appConfigData, long seq) {

    /** Checks the components. */
    public AppConfigData {
        Uint32.require("diag_interval_s", diagIntervalS);
        Objects.requireNonNull(appConfigData, "appConfigData");
        Uint32.require("seq", seq);
    }
}
