package org.meshbench.decoders.internal.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.DecoderBinding;
import org.meshbench.extensions.ContributionSource;
import org.meshbench.mesh.EndpointPair;

/** A contribution source that tests fill by hand, standing in for the extension registry. */
final class FakeSource implements ContributionSource<ExtensionContribution> {

    private final List<ExtensionContribution> present = new ArrayList<>();
    private Listener<ExtensionContribution> listener;
    boolean closed;

    @Override
    public void watch(Listener<ExtensionContribution> changes) {
        listener = changes;
    }

    @Override
    public List<ExtensionContribution> contributions() {
        return List.copyOf(present);
    }

    @Override
    public void close() {
        closed = true;
    }

    /** Adds an extension before or after the registry was created (a plug-in being installed). */
    void install(ExtensionContribution contribution) {
        present.add(contribution);
        if (listener != null) {
            listener.added(List.of(contribution));
        }
    }

    void uninstall(ExtensionContribution contribution) {
        present.remove(contribution);
        listener.removed(List.of(contribution.key()));
    }

    static ExtensionContribution extension(String plugin, List<DecoderDeclaration> decoders,
            List<DecoderBinding> bindings, List<HeuristicDeclaration> heuristics) {
        return new ExtensionContribution(plugin + "#" + decoders + bindings + heuristics, plugin, decoders,
                bindings, heuristics);
    }

    static DecoderDeclaration decoder(String id, Decoder instance) {
        return new DecoderDeclaration(id, id + " name", "test", "1", () -> instance, Optional.empty());
    }

    /** @return a declaration whose factory counts how often it is called */
    static DecoderDeclaration counted(String id, Decoder instance, AtomicInteger creations) {
        return new DecoderDeclaration(id, id, "test", "1", () -> {
            creations.incrementAndGet();
            return instance;
        }, Optional.empty());
    }

    static DecoderBinding binding(String decoderId, int source, int destination) {
        return new DecoderBinding(decoderId, EndpointPair.of(source, destination), OptionalLong.empty(), 0);
    }

    static DecoderBinding binding(String decoderId, int source, int destination, long network, int priority) {
        return new DecoderBinding(decoderId, EndpointPair.of(source, destination), OptionalLong.of(network), priority);
    }

    static DecoderBinding prioritized(String decoderId, int source, int destination, int priority) {
        return new DecoderBinding(decoderId, EndpointPair.of(source, destination), OptionalLong.empty(), priority);
    }
}
