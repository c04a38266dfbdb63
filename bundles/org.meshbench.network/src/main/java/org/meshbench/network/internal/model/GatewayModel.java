package org.meshbench.network.internal.model;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.meshbench.network.Gateway;
import org.meshbench.network.GatewayChange;
import org.meshbench.network.GatewayState;
import org.meshbench.network.Network;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.message.StatusEvent;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.SinkReadConfig;

/**
 * Gateways and their sinks, as immutable snapshots that are replaced on each change. Writers
 * serialise on the model; readers never lock. Thread-safe.
 */
public final class GatewayModel {
    private final Map<String, Gateway> gateways = new ConcurrentHashMap<>();
    private final Clock clock;
    private final ModelListener listener;
    private final int maxGateways;

    /**
     * @param clock the time source for receive times
     * @param listener told of every change, under the model's lock
     * @param maxGateways gateways held at most: anyone may publish statuses of made-up gateways
     */
    public GatewayModel(Clock clock, ModelListener listener, int maxGateways) {
        this.clock = clock;
        this.listener = listener;
        this.maxGateways = maxGateways;
    }

    /**
     * Applies a status event. An OFFLINE status (the last will carries no sinks) keeps the last
     * known sinks and attributes it does not repeat; so does an ONLINE status without sinks.
     *
     * @param status the event
     * @return whether the gateway is online but its status listed no sink, so that its configs
     *         are worth asking for
     */
    public synchronized boolean applyStatus(StatusEvent status) {
        Instant now = clock.instant();
        String id = status.header().gwId();
        Optional<Gateway> before = Optional.ofNullable(gateways.get(id));
        boolean online = status.state() == OnOffState.ON;
        List<Sink> sinks = status.configs().isEmpty() ? before.map(Gateway::sinks).orElse(List.of())
                : toSinks(id, status.configs(), now);
        Set<GatewayFeature> features = status.gwFeatures().isEmpty() && !online
                ? before.map(Gateway::features).orElse(Set.of()) : Set.copyOf(status.gwFeatures());
        Gateway after = new Gateway(id, online ? GatewayState.ONLINE : GatewayState.OFFLINE,
                status.gwModel().or(() -> before.flatMap(Gateway::model)),
                status.gwVersion().or(() -> before.flatMap(Gateway::version)), features,
                status.maxScratchpadSize().isPresent() ? status.maxScratchpadSize()
                        : before.map(Gateway::maxScratchpadSize).orElse(status.maxScratchpadSize()),
                now, sinks);
        gateways.put(id, after);
        GatewayChange change = new GatewayChange(id, before, Optional.of(after), now);
        listener.statusReceived(change);
        notifyIfChanged(change);
        if (gateways.size() > maxGateways) {
            evictOneBut(id);
        }
        return online && status.configs().isEmpty();
    }

    /** Drops the gateway never configured (no sinks) and silent longest, or else the one silent longest. */
    private void evictOneBut(String newcomer) {
        Comparator<Gateway> firstToGo = Comparator.<Gateway, Boolean>comparing(gateway -> !gateway.sinks().isEmpty())
                .thenComparing(Gateway::lastStatusTime);
        gateways.values().stream().filter(gateway -> !gateway.id().equals(newcomer)).min(firstToGo)
                .ifPresent(victim -> {
                    remove(victim.id());
                    listener.gatewayEvicted(victim);
                });
    }

    /** Marks every gateway {@link GatewayState#STALE} until a status confirms it: the connection was lost. */
    public synchronized void markAllStale() {
        Instant now = clock.instant();
        for (Gateway before : List.copyOf(gateways.values())) {
            if (before.state() != GatewayState.STALE) {
                Gateway after = new Gateway(before.id(), GatewayState.STALE, before.model(), before.version(),
                        before.features(), before.maxScratchpadSize(), before.lastStatusTime(), before.sinks());
                gateways.put(before.id(), after);
                GatewayChange change = new GatewayChange(before.id(), Optional.of(before), Optional.of(after), now);
                listener.statusReceived(change);
                notifyIfChanged(change);
            }
        }
    }

    /** @param gatewayId a gateway whose retained status was cleared */
    public synchronized void remove(String gatewayId) {
        Gateway before = gateways.remove(gatewayId);
        if (before != null) {
            GatewayChange change = new GatewayChange(gatewayId, Optional.of(before), Optional.empty(),
                    clock.instant());
            listener.statusReceived(change);
            listener.configChanged(change);
        }
    }

    /**
     * Replaces a known gateway's sinks (from a get_configs response).
     *
     * @param gatewayId the gateway
     * @param configs all its sink configurations
     */
    public synchronized void applyConfigs(String gatewayId, List<SinkReadConfig> configs) {
        Gateway before = gateways.get(gatewayId);
        if (before != null) {
            replace(before, toSinks(gatewayId, configs, clock.instant()));
        }
    }

    /**
     * Replaces or adds one sink of a known gateway (from a set_config response).
     *
     * @param gatewayId the gateway
     * @param config the sink's configuration
     * @param addIfUnknown whether a sink the gateway has not listed may be added
     */
    public synchronized void applySinkConfig(String gatewayId, SinkReadConfig config, boolean addIfUnknown) {
        Gateway before = gateways.get(gatewayId);
        if (before == null || (!addIfUnknown && before.sink(config.sinkId()).isEmpty())) {
            return;
        }
        Map<String, Sink> sinks = new TreeMap<>();
        before.sinks().forEach(sink -> sinks.put(sink.id(), sink));
        sinks.put(config.sinkId(), new Sink(new SinkRef(gatewayId, config.sinkId()), config, clock.instant()));
        replace(before, new ArrayList<>(sinks.values()));
    }

    private void replace(Gateway before, List<Sink> sinks) {
        Gateway after = new Gateway(before.id(), before.state(), before.model(), before.version(), before.features(),
                before.maxScratchpadSize(), before.lastStatusTime(), sinks);
        gateways.put(before.id(), after);
        notifyIfChanged(new GatewayChange(before.id(), Optional.of(before), Optional.of(after), clock.instant()));
    }

    private void notifyIfChanged(GatewayChange change) {
        if (!SameContent.same(change.before().orElse(null), change.after().orElse(null))) {
            listener.configChanged(change);
        }
    }

    private static List<Sink> toSinks(String gatewayId, List<SinkReadConfig> configs, Instant now) {
        Map<String, Sink> sinks = new TreeMap<>();
        configs.forEach(config -> sinks.put(config.sinkId(),
                new Sink(new SinkRef(gatewayId, config.sinkId()), config, now)));
        return new ArrayList<>(sinks.values());
    }

    /** @return all gateways, sorted by id */
    public List<Gateway> gateways() {
        return gateways.values().stream().sorted(Comparator.comparing(Gateway::id)).toList();
    }

    /**
     * @param gatewayId a gateway id
     * @return the gateway, if known
     */
    public Optional<Gateway> gateway(String gatewayId) {
        return Optional.ofNullable(gateways.get(gatewayId));
    }

    /** @return the sinks of online gateways, sorted */
    public List<Sink> onlineSinks() {
        return gateways().stream().filter(Gateway::online).flatMap(gateway -> gateway.sinks().stream()).toList();
    }

    /** @return the networks of online sinks, sorted by unsigned address */
    public List<Network> networks() {
        Map<Long, List<Sink>> byAddress = new TreeMap<>(Long::compareUnsigned);
        for (Sink sink : onlineSinks()) {
            sink.networkAddress().ifPresent(
                    address -> byAddress.computeIfAbsent(address, key -> new ArrayList<>()).add(sink));
        }
        return byAddress.entrySet().stream().map(entry -> new Network(entry.getKey(), entry.getValue())).toList();
    }
}
