package org.meshbench.decoders.internal.registry;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.decoders.DecoderEvent;
import org.meshbench.decoders.DecoderInfo;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.decoders.DecoderRegistryListener;
import org.meshbench.decoders.DecoderSelection;
import org.meshbench.decoders.EncodeException;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.SelectionReason;
import org.meshbench.extensions.ContributionSource;
import org.meshbench.mesh.EndpointPair;

/**
 * The decoder registry, independent of OSGi: contributions come from a {@link ContributionSource}.
 * Thread-safe: lookups read an immutable {@link Catalog} that is replaced when plug-ins change.
 * The selection rules are documented on {@link DecoderRegistry}.
 */
public class DefaultDecoderRegistry implements DecoderRegistry, AutoCloseable {

    private static final System.Logger LOGGER = System.getLogger(DefaultDecoderRegistry.class.getName());

    private final ContributionSource<ExtensionContribution> source;
    private final Map<Object, ExtensionContribution> contributions = new LinkedHashMap<>();
    private final Map<EndpointPair, String> overrides = new ConcurrentHashMap<>();
    private final Set<String> disabledByUser = ConcurrentHashMap.newKeySet();
    private final EventDispatcher events = new EventDispatcher(LOGGER);
    private final IsolatedRunner runner;
    private final DecoderInvoker invoker;
    private final HeuristicProbe heuristics;
    private volatile Catalog catalog = Catalog.EMPTY;

    /**
     * @param source where contributions come from; closed with this registry
     * @param options time budget and fault limit
     */
    public DefaultDecoderRegistry(ContributionSource<ExtensionContribution> source, RegistryOptions options) {
        this.source = source;
        runner = new IsolatedRunner(options.timeBudget());
        FaultHandler faults = new FaultHandler(LOGGER, events, d -> catalog.info(d),
                options.maxConsecutiveFaults());
        invoker = new DecoderInvoker(runner, faults, options.timeBudget());
        heuristics = new HeuristicProbe(runner, faults);
        source.watch(new SourceListener());
        update(source.contributions(), List.of());
    }

    @Override
    public DecodeOutcome decode(byte[] payload, PacketContext context) {
        DecoderSelection selection = select(payload, context);
        Optional<DecoderDescriptor> winner = selection.decoderId().flatMap(catalog::descriptor);
        if (winner.isEmpty()) {
            return DecodeOutcome.undecoded(payload, context, selection);
        }
        return invoker.decode(winner.get(), selection, payload, context);
    }

    @Override
    public DecodeOutcome decodeWith(String decoderId, byte[] payload, PacketContext context) {
        DecoderDescriptor chosen = enabledDescriptor(decoderId);
        DecoderSelection usual = select(payload, context);
        List<String> alternatives = new ArrayList<>();
        usual.decoderId().ifPresent(alternatives::add);
        alternatives.addAll(usual.alternatives());
        alternatives.remove(decoderId);
        DecoderSelection selection = new DecoderSelection(Optional.of(decoderId),
                SelectionReason.EXPLICIT, alternatives);
        return invoker.decode(chosen, selection, payload, context);
    }

    @Override
    public DecoderSelection select(byte[] payload, PacketContext context) {
        Catalog current = catalog;
        Map<String, SelectionReason> candidates = new LinkedHashMap<>();
        String override = overrides.get(context.endpoints());
        if (override != null && current.isEnabled(override)) {
            candidates.put(override, SelectionReason.OVERRIDE);
        }
        current.boundDecoders(context).forEach(id -> candidates.putIfAbsent(id, SelectionReason.BINDING));
        heuristics.accepting(current.heuristicDecoders(), payload, context)
                .forEach(id -> candidates.putIfAbsent(id, SelectionReason.HEURISTIC));
        if (candidates.isEmpty()) {
            return DecoderSelection.none(List.of());
        }
        List<String> ordered = new ArrayList<>(candidates.keySet());
        String winner = ordered.remove(0);
        return new DecoderSelection(Optional.of(winner), candidates.get(winner), ordered);
    }

    @Override
    public byte[] encode(String decoderId, Map<String, Object> fields) throws EncodeException {
        DecoderDescriptor descriptor = catalog.descriptor(decoderId)
                .orElseThrow(() -> new EncodeException("unknown decoder " + decoderId));
        return invoker.encode(descriptor, fields);
    }

    @Override
    public List<DecoderInfo> decoders() {
        Catalog current = catalog;
        return current.descriptors().stream().map(current::info).toList();
    }

    @Override
    public Optional<DecoderInfo> decoder(String decoderId) {
        Catalog current = catalog;
        return current.descriptor(decoderId).map(current::info);
    }

    @Override
    public void setEnabled(String decoderId, boolean enabled) {
        DecoderDescriptor descriptor = catalog.descriptor(decoderId)
                .orElseThrow(() -> new IllegalArgumentException("unknown decoder " + decoderId));
        if (enabled) {
            disabledByUser.remove(decoderId);
            descriptor.enable();
        } else {
            disabledByUser.add(decoderId);
            descriptor.disable(DecoderDescriptor.DISABLED_BY_USER);
        }
        events.fire(new DecoderEvent.DecodersChanged());
    }

    @Override
    public void setOverride(EndpointPair endpoints, String decoderId) {
        overrides.put(endpoints, decoderId);
    }

    @Override
    public void clearOverride(EndpointPair endpoints) {
        overrides.remove(endpoints);
    }

    @Override
    public Map<EndpointPair, String> overrides() {
        return Map.copyOf(overrides);
    }

    @Override
    public void addListener(DecoderRegistryListener listener) {
        events.add(listener);
    }

    @Override
    public void removeListener(DecoderRegistryListener listener) {
        events.remove(listener);
    }

    /** Stops watching plug-ins and releases the worker threads. */
    @Override
    public void close() {
        source.close();
        runner.close();
    }

    private DecoderDescriptor enabledDescriptor(String decoderId) {
        DecoderDescriptor descriptor = catalog.descriptor(decoderId)
                .orElseThrow(() -> new IllegalArgumentException("unknown decoder " + decoderId));
        if (!descriptor.isEnabled()) {
            throw new IllegalArgumentException("decoder " + decoderId + " is disabled");
        }
        return descriptor;
    }

    private synchronized void update(List<ExtensionContribution> added, List<Object> removedKeys) {
        removedKeys.forEach(contributions::remove);
        added.forEach(c -> contributions.put(c.key(), c));
        Catalog next = Catalog.build(contributions.values(), catalog,
                problem -> LOGGER.log(Level.WARNING, problem));
        next.descriptors().stream().filter(d -> disabledByUser.contains(d.id()))
                .forEach(d -> d.disable(DecoderDescriptor.DISABLED_BY_USER));
        catalog = next;
        events.fire(new DecoderEvent.DecodersChanged());
    }

    private final class SourceListener implements ContributionSource.Listener<ExtensionContribution> {
        @Override
        public void added(List<ExtensionContribution> added) {
            update(added, List.of());
        }

        @Override
        public void removed(List<Object> keys) {
            update(List.of(), keys);
        }
    }
}
