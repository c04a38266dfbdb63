package org.meshbench.protocol.value;

import java.util.Objects;

/**
 * The parameter of a scratchpad action: the {@code param} one-of of
 * {@code TargetScratchpadAndAction}, which holds either a delay or a raw number.
 */
public sealed interface ActionParameter {

    /**
     * A processing delay ({@code delay}), for {@link ScratchpadAction#PROPAGATE_AND_PROCESS_WITH_DELAY}.
     *
     * @param delay the delay (not null)
     */
    record Delay(ProcessingDelay delay) implements ActionParameter {

        /** Checks the component. */
        public Delay {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /**
     * A raw action parameter ({@code raw}); the API expects 0..255.
     *
     * @param raw the parameter (uint32)
     */
    record Raw(long raw) implements ActionParameter {

        /** Checks the uint32 range. */
        public Raw {
            Uint32.require("raw", raw);
        }
    }
}
