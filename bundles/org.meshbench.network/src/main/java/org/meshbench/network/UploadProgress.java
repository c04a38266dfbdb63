package org.meshbench.network;

import java.util.Objects;

/**
 * Progress of a scratchpad upload to one sink. Immutable.
 *
 * @param sink the sink
 * @param bytesAcknowledged bytes the gateway has acknowledged so far
 * @param totalBytes size of the whole scratchpad
 */
public record UploadProgress(SinkRef sink, long bytesAcknowledged, long totalBytes) {

    /** Checks the values. */
    public UploadProgress {
        Objects.requireNonNull(sink, "sink");
        if (bytesAcknowledged < 0 || bytesAcknowledged > totalBytes) {
            throw new IllegalArgumentException(bytesAcknowledged + " of " + totalBytes + " bytes");
        }
    }

    /** @return the acknowledged share, 0.0 to 1.0 (1.0 for an empty scratchpad) */
    public double fraction() {
        return totalBytes == 0 ? 1.0 : (double) bytesAcknowledged / totalBytes;
    }

    /** @return whether every byte was acknowledged */
    public boolean complete() {
        return bytesAcknowledged == totalBytes;
    }
}
