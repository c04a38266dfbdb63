package org.meshbench.simulator.internal.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.topic.TopicFilterBuilder;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.simulator.Publication;
import org.meshbench.simulator.SimulatorConfig;
import org.meshbench.simulator.ValidationMode;
import org.meshbench.simulator.internal.node.FirmwareVersions;
import org.meshbench.simulator.internal.request.GatewayIdentity;
import org.meshbench.simulator.internal.request.Outcome;
import org.meshbench.simulator.internal.request.RequestContext;
import org.meshbench.simulator.internal.request.RequestHandler;
import org.meshbench.simulator.internal.sink.SimSink;
import org.meshbench.simulator.internal.traffic.BootAnnouncer;
import org.meshbench.simulator.internal.traffic.DownlinkResponder;
import org.meshbench.simulator.internal.traffic.Scheduled;
import org.meshbench.simulator.internal.traffic.ProvisioningTraffic;
import org.meshbench.simulator.internal.traffic.TrafficGenerator;
import org.meshbench.simulator.internal.traffic.TrafficProfile;
import org.meshbench.simulator.internal.traffic.UplinkFactory;

/**
 * One simulated gateway without MQTT: requests and the passing of time in, publications out.
 * Not thread-safe: {@link org.meshbench.simulator.GatewayBehaviour} serializes calls.
 */
public final class GatewayCore {

    private final RequestContext context;
    private final RequestHandler requests;
    private final TrafficGenerator traffic;
    private final ProvisioningTraffic provisioning;
    private final BootAnnouncer boots;
    private final StatusTracker status;
    private final FaultInjector faults;
    private final PendingPublications pending = new PendingPublications();

    /**
     * @param config  the simulation settings
     * @param index   the gateway's index in the fleet
     * @param sinks   its sinks
     * @param streams its random streams
     */
    public GatewayCore(SimulatorConfig config, int index, List<SimSink> sinks, GatewayStreams streams) {
        GatewayIdentity identity = new GatewayIdentity(config.gatewayId(index), config.gatewayModel(),
                config.gatewayVersion(), config.maxScratchpadSize());
        Map<String, SimSink> byId = new LinkedHashMap<>();
        sinks.forEach(sink -> byId.put(sink.id(), sink));
        this.context = new RequestContext(identity, config.clock(), config.validation() == ValidationMode.STRICT,
                byId, config.rebootDelay());
        UplinkFactory uplinks = new UplinkFactory(identity.gatewayId(), streams.dataEventIds(),
                config.sizeOnlyEndpoints());
        this.provisioning = new ProvisioningTraffic(uplinks, config.hopLatency());
        this.requests = new RequestHandler(context, new DownlinkResponder(uplinks, config.hopLatency(), provisioning));
        this.traffic = new TrafficGenerator(sinks, new TrafficProfile(config.uplinkRate() / config.gateways(),
                config.applicationSourceEndpoint(), config.applicationDestinationEndpoint(),
                config.uplinkPayloadSize(), config.diagnosticsShare(), config.hopLatency()), streams.traffic(),
                uplinks);
        this.boots = new BootAnnouncer(uplinks, config.rebootDelay(), config.hopLatency());
        this.status = new StatusTracker(context, streams.statusEventIds());
        this.faults = new FaultInjector(config.failures(), streams.faults());
    }

    /** @return the gateway id */
    public String gatewayId() {
        return context.identity().gatewayId();
    }

    /** @return one filter per command, as the official gateway subscribes (at QoS 2) */
    public List<String> requestFilters() {
        List<String> filters = new ArrayList<>();
        for (Command command : Command.values()) {
            filters.add(TopicFilterBuilder.requests().command(command).gateway(gatewayId()).build().text());
        }
        return filters;
    }

    /** @return a fresh retained ONLINE status */
    public Publication online() {
        return status.online();
    }

    /** @return the retained OFFLINE status, the last will */
    public Publication will() {
        return status.will();
    }

    /**
     * @param topic   a request topic
     * @param payload its payload
     * @return the response (unless dropped or delayed), any status update, and whatever fell due
     */
    public List<Publication> handle(String topic, byte[] payload) {
        Optional<Outcome> outcome = requests.handle(topic, payload);
        if (outcome.isEmpty()) {
            return List.of();
        }
        Instant now = context.now();
        List<Publication> out = new ArrayList<>();
        if (!faults.dropResponse()) {
            Publication response = Publications.response(outcome.get().topic(), outcome.get().response());
            Duration delay = faults.responseDelay();
            if (delay.isZero()) {
                out.add(response);
            } else {
                pending.add(now.plus(delay), response);
            }
        }
        outcome.get().nodeAnswers().forEach(this::scheduleDataEvent);
        if (outcome.get().configMayChange()) {
            out.addAll(status.changes());
        }
        out.addAll(pending.releaseDue(now));
        return out;
    }

    /**
     * Lets time pass: finishes scratchpad processing that fell due, releases delayed publications
     * and generates the node traffic due since the previous call.
     *
     * @return what to publish now
     */
    public List<Publication> tick() {
        Instant now = context.now();
        boolean firmwareChanged = false;
        for (SimSink sink : context.sinks().values()) {
            if (sink.scratchpad().finishProcessingIfDue(now)) {
                sink.state().firmware(FirmwareVersions.next(sink.state().firmware()));
                firmwareChanged = true;
            }
            if (sink.network().otap().processIfDue(now)) {
                boots.announce(sink, now).forEach(this::scheduleDataEvent);
            }
        }
        List<Publication> out = new ArrayList<>(firmwareChanged ? status.changes() : List.of());
        out.addAll(pending.releaseDue(now));
        traffic.generate(now).forEach(event -> out.addAll(faults.dataEvent(event)));
        provisioning.tick(context.sinks().values(), now).forEach(event -> out.addAll(faults.dataEvent(event)));
        return out;
    }

    /** @return every sink's configuration as read back now */
    public List<SinkReadConfig> configs() {
        return context.configs();
    }

    /**
     * @param sinkId a sink id
     * @return the sink, if the gateway has one with that id
     */
    public Optional<SimSink> sink(String sinkId) {
        return Optional.ofNullable(context.sinks().get(sinkId));
    }

    private void scheduleDataEvent(Scheduled event) {
        faults.dataEvent(event.publication()).forEach(sent -> pending.add(event.due(), sent));
    }
}
