package org.meshbench.decoders.internal.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.meshbench.decoders.DecoderBinding;
import org.meshbench.decoders.DecoderInfo;
import org.meshbench.decoders.PacketContext;

/**
 * An immutable view of all contributions at one moment: decoders by id, bindings and heuristics
 * in selection order. Rebuilt whenever plug-ins come or go; descriptors of extensions that stayed
 * are carried over so that their instances and state survive.
 */
final class Catalog {

    static final Catalog EMPTY = new Catalog(Map.of(), List.of(), List.of());

    private static final Comparator<DecoderBinding> BINDING_ORDER =
            Comparator.comparing(DecoderBinding::isNetworkSpecific).reversed()
                    .thenComparing(Comparator.comparingInt(DecoderBinding::priority).reversed())
                    .thenComparing(DecoderBinding::decoderId);

    private static final Comparator<HeuristicDeclaration> HEURISTIC_ORDER =
            Comparator.comparingInt(HeuristicDeclaration::priority).reversed()
                    .thenComparing(HeuristicDeclaration::decoderId);

    private final Map<String, DecoderDescriptor> decoders;
    private final List<DecoderBinding> bindings;
    private final List<HeuristicDeclaration> heuristics;

    private Catalog(Map<String, DecoderDescriptor> decoders, List<DecoderBinding> bindings,
            List<HeuristicDeclaration> heuristics) {
        this.decoders = decoders;
        this.bindings = bindings;
        this.heuristics = heuristics;
    }

    /**
     * @param contributions the extensions present now
     * @param previous the catalog before the change
     * @param problems receives duplicate-id reports
     * @return the new catalog
     */
    static Catalog build(Collection<ExtensionContribution> contributions, Catalog previous,
            Consumer<String> problems) {
        Map<String, DecoderDescriptor> decoders = new TreeMap<>();
        List<DecoderBinding> bindings = new ArrayList<>();
        List<HeuristicDeclaration> heuristics = new ArrayList<>();
        for (ExtensionContribution contribution : contributions) {
            for (DecoderDeclaration declaration : contribution.decoders()) {
                DecoderDescriptor existing = decoders.get(declaration.id());
                if (existing != null) {
                    problems.accept("decoder id " + declaration.id() + " from plug-in "
                            + contribution.contributorId() + " is already declared by plug-in "
                            + existing.contributorId() + "; the second declaration is ignored");
                    continue;
                }
                decoders.put(declaration.id(), previous.reuseOrCreate(declaration, contribution));
            }
            bindings.addAll(contribution.bindings());
            heuristics.addAll(contribution.heuristics());
        }
        bindings.sort(BINDING_ORDER);
        heuristics.sort(HEURISTIC_ORDER);
        return new Catalog(decoders, List.copyOf(bindings), List.copyOf(heuristics));
    }

    private DecoderDescriptor reuseOrCreate(DecoderDeclaration declaration,
            ExtensionContribution contribution) {
        DecoderDescriptor old = decoders.get(declaration.id());
        if (old != null && old.extensionKey().equals(contribution.key())) {
            return old;
        }
        return new DecoderDescriptor(declaration, contribution.contributorId(), contribution.key());
    }

    Optional<DecoderDescriptor> descriptor(String id) {
        return Optional.ofNullable(decoders.get(id));
    }

    Collection<DecoderDescriptor> descriptors() {
        return decoders.values();
    }

    boolean isEnabled(String id) {
        DecoderDescriptor descriptor = decoders.get(id);
        return descriptor != null && descriptor.isEnabled();
    }

    /** @return ids of enabled decoders bound to the packet, best first, without repeats */
    List<String> boundDecoders(PacketContext context) {
        return bindings.stream().filter(b -> b.matches(context)).map(DecoderBinding::decoderId)
                .filter(this::isEnabled).distinct().toList();
    }

    /** @return enabled heuristic decoders in the order they are asked */
    List<DecoderDescriptor> heuristicDecoders() {
        return heuristics.stream().map(HeuristicDeclaration::decoderId).distinct()
                .filter(this::isEnabled).map(decoders::get).toList();
    }

    DecoderInfo info(DecoderDescriptor descriptor) {
        DecoderDeclaration declaration = descriptor.declaration();
        String id = descriptor.id();
        return new DecoderInfo(id, declaration.name(), declaration.vendor(), declaration.version(),
                descriptor.contributorId(),
                bindings.stream().filter(b -> b.decoderId().equals(id)).toList(),
                heuristics.stream().anyMatch(h -> h.decoderId().equals(id)),
                declaration.encoderClass().isPresent(), descriptor.isEnabled(),
                descriptor.disabledReason());
    }
}
