package org.meshbench.decoders;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of one contributed decoder as the registry sees it: its declaration, where it is
 * bound and whether it may run. Immutable.
 *
 * @param id unique decoder id
 * @param name human-readable name
 * @param vendor who wrote the decoder
 * @param version version of the decoded format or of the decoder, as declared
 * @param contributorId id of the plug-in that contributed the decoder
 * @param bindings every binding that refers to this decoder, from any plug-in
 * @param heuristic whether the decoder is asked for packets without a binding
 * @param hasEncoder whether the declaration names an encoder
 * @param enabled whether the decoder may be selected
 * @param disabledReason why the decoder is disabled (by the user or after repeated faults)
 * @since 0.1
 */
public record DecoderInfo(String id, String name, String vendor, String version,
        String contributorId, List<DecoderBinding> bindings, boolean heuristic, boolean hasEncoder,
        boolean enabled, Optional<String> disabledReason) {

    /** Copies the binding list and rejects {@code null} components. */
    public DecoderInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(contributorId, "contributorId");
        bindings = List.copyOf(bindings);
        Objects.requireNonNull(disabledReason, "disabledReason");
    }
}
