package org.meshbench.protocol.value;

/**
 * Firmware version of a sink's stack ({@code FirmwareVersion}); every part is a uint32.
 *
 * @param major major version
 * @param minor minor version
 * @param maint maintenance version
 * @param dev   development version
 */
public record FirmwareVersion(long major, long minor, long maint, long dev) {

    /** Checks the uint32 ranges. */
    public FirmwareVersion {
        Uint32.require("major", major);
        Uint32.require("minor", minor);
        Uint32.require("maint", maint);
        Uint32.require("dev", dev);
    }

    /** @return the version as {@code major.minor.maint.dev} */
    @Override
    public String toString() {
        return major + "." + minor + "." + maint + "." + dev;
    }
}
