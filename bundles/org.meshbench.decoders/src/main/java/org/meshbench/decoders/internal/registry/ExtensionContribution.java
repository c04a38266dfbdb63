package org.meshbench.decoders.internal.registry;

import java.util.List;
import java.util.Objects;
import org.meshbench.decoders.DecoderBinding;

/**
 * Everything one extension contributes. Bindings and heuristics may refer to decoders of other
 * extensions (any plug-in can bind a decoder to its own endpoints).
 *
 * @param key identifies the extension; used to match its removal
 * @param contributorId id of the contributing plug-in, for log messages
 * @param decoders decoder declarations
 * @param bindings binding declarations
 * @param heuristics heuristic declarations
 */
public record ExtensionContribution(Object key, String contributorId,
        List<DecoderDeclaration> decoders, List<DecoderBinding> bindings,
        List<HeuristicDeclaration> heuristics) {

    /** Copies the lists and rejects {@code null} components. */
    public ExtensionContribution {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contributorId, "contributorId");
        decoders = List.copyOf(decoders);
        bindings = List.copyOf(bindings);
        heuristics = List.copyOf(heuristics);
    }
}
