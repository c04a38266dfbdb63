package org.meshbench.simulator.internal.traffic;

import java.time.Instant;
import org.meshbench.simulator.Publication;

/**
 * A publication that is due later.
 *
 * @param due         when to publish it
 * @param publication what to publish
 */
public record Scheduled(Instant due, Publication publication) {
}
