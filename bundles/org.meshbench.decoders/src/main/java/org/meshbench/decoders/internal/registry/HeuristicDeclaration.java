package org.meshbench.decoders.internal.registry;

import java.util.Objects;

/**
 * What a {@code heuristic} element declares.
 *
 * @param decoderId the decoder to ask
 * @param priority larger is asked first
 */
public record HeuristicDeclaration(String decoderId, int priority) {

    /** Rejects a {@code null} id. */
    public HeuristicDeclaration {
        Objects.requireNonNull(decoderId, "decoderId");
    }
}
