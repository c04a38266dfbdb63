package org.meshbench.simulator.internal.node;

import org.meshbench.protocol.value.FirmwareVersion;

/**
 * What processing a scratchpad does to a firmware version. A simulated scratchpad is opaque bytes,
 * so the new version is the old one with its development number raised by one (wrapping within a
 * byte, as boot diagnostics carry it in one).
 */
public final class FirmwareVersions {

    private FirmwareVersions() {
    }

    /**
     * @param current the running version
     * @return the version after processing a scratchpad
     */
    public static FirmwareVersion next(FirmwareVersion current) {
        return new FirmwareVersion(current.major(), current.minor(), current.maint(), (current.dev() + 1) & 0xFF);
    }
}
