package org.meshbench.history;

/**
 * What one batch write did.
 *
 * @param stored records newly stored
 * @param duplicates records whose key was stored already, e.g. a QoS 1 re-delivery
 * @since 0.1
 */
public record WriteResult(int stored, int duplicates) {
}
