package org.meshbench.protocol.value;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The scratchpad a network should run and what to do with it ({@code TargetScratchpadAndAction}).
 *
 * @param action         what to do (not null)
 * @param targetSequence sequence of the target scratchpad, 1..254 in practice; empty: the sink's stored one
 * @param targetCrc      CRC of the target scratchpad, 0..0xffff in practice; empty: the sink's stored one
 * @param param          the action's parameter, if any
 */
public record TargetScratchpadAndAction(ScratchpadAction action, OptionalLong targetSequence,
        OptionalLong targetCrc, Optional<ActionParameter> param) {

    /** Checks the components. */
    public TargetScratchpadAndAction {
        Objects.requireNonNull(action, "action");
        Uint32.require("target_sequence", targetSequence);
        Uint32.require("target_crc", targetCrc);
        Objects.requireNonNull(param, "param");
    }

    /**
     * @param action what to do
     * @return an action with no target and no parameter (for example {@link ScratchpadAction#NO_OTAP})
     */
    public static TargetScratchpadAndAction of(ScratchpadAction action) {
        return new TargetScratchpadAndAction(action, OptionalLong.empty(), OptionalLong.empty(), Optional.empty());
    }
}
