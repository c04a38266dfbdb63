package org.meshbench.network.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.meshbench.network.FeatureNotSupportedException;
import org.meshbench.network.Gateway;
import org.meshbench.network.NetworkException;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.RequestAbortedException;
import org.meshbench.network.ScratchpadStatusReport;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkRef;
import org.meshbench.network.SyncGatewayServices;
import org.meshbench.network.UploadProgress;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ConfigurationDataItem;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.GatewayInfo;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.protocol.value.TargetScratchpadAndAction;

/**
 * The gateways of a {@link FakeNetworkClient}, answering from its model: they accept data (which reaches
 * the nodes) and the OTAP steps, apply app configs, keep configuration data items and report the scratchpad
 * statuses a test gave, unless a sink is {@linkplain #refuse(SinkRef) refused}. Every request is
 * {@linkplain #requests() recorded}. Thread-safe.
 */
public final class FakeGatewayServices implements SyncGatewayServices {

    private final FakeNetworkClient network;
    private final Set<SinkRef> refused = ConcurrentHashMap.newKeySet();
    private final Map<SinkRef, Map<Long, Bytes>> items = new ConcurrentHashMap<>();
    private final Map<SinkRef, ScratchpadStatusReport> scratchpads = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    FakeGatewayServices(FakeNetworkClient network) {
        this.network = network;
    }

    /**
     * @param sink a sink whose gateway refuses every request to it from now on, as if its publish failed
     * @return this
     */
    public FakeGatewayServices refuse(SinkRef sink) {
        refused.add(sink);
        return this;
    }

    /**
     * @param sink a sink
     * @param status what {@link #getScratchpadStatus} answers for it
     * @return this
     */
    public FakeGatewayServices scratchpadStatus(SinkRef sink, ScratchpadStatusReport status) {
        scratchpads.put(sink, status);
        return this;
    }

    /**
     * @param sink a sink
     * @return its configuration data items by endpoint, live and modifiable
     */
    public Map<Long, Bytes> configurationDataItems(SinkRef sink) {
        return items.computeIfAbsent(sink, s -> new ConcurrentHashMap<>());
    }

    /**
     * @return the requests so far, oldest first, as request name and sink or gateway, then for
     *         {@code set_config} the app config and for {@code set_configuration_data_item} the payload in hex
     */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** @return these services: the fake has no timeouts */
    @Override
    public SyncGatewayServices withTimeout(Duration timeout) {
        return this;
    }

    @Override
    public void sendData(SinkRef sink, OutgoingPacket packet) throws NetworkException {
        accept("send_data", sink);
        network.mesh().downlink(sink, packet);
    }

    @Override
    public List<SinkReadConfig> getConfigs(String gatewayId) {
        requests.add("get_configs " + gatewayId);
        return network.gateway(gatewayId).orElseThrow().sinks().stream().map(Sink::config).toList();
    }

    /** Applies app configs only: any other field throws {@link UnsupportedOperationException}. */
    @Override
    public SinkReadConfig setSinkConfig(String gatewayId, SinkNewConfig config) throws NetworkException {
        SinkRef sink = new SinkRef(gatewayId, config.sinkId());
        accept("set_config", sink, config.appConfig().map(Object::toString).orElse(""));
        if (!config.equals(SinkNewConfig.builder(config.sinkId()).appConfig(config.appConfig().orElseThrow()).build())) {
            throw new UnsupportedOperationException("the fake applies app configs only: " + config);
        }
        return network.updateSink(sink, old -> withAppConfig(old, config));
    }

    /** Not modelled: throws {@link UnsupportedOperationException}. */
    @Override
    public GatewayInfo getGatewayInfo(String gatewayId) {
        throw new UnsupportedOperationException("get_gateway_info is not modelled by the fake");
    }

    @Override
    public ScratchpadStatusReport getScratchpadStatus(SinkRef sink) throws NetworkException {
        accept("get_scratchpad_status", sink);
        return Optional.ofNullable(scratchpads.get(sink)).orElseThrow(
                () -> new IllegalStateException("no scratchpad status given for " + sink));
    }

    @Override
    public void uploadScratchpad(SinkRef sink, long seq, Bytes image, Consumer<UploadProgress> progress)
            throws NetworkException {
        accept("upload_scratchpad", sink, seq + " " + image.size() + " bytes");
        progress.accept(new UploadProgress(sink, image.size(), image.size()));
    }

    @Override
    public void clearScratchpad(SinkRef sink, long seq) throws NetworkException {
        accept("clear_scratchpad", sink, Long.toString(seq));
    }

    @Override
    public void processScratchpad(SinkRef sink) throws NetworkException {
        accept("process_scratchpad", sink);
    }

    @Override
    public void setTargetAndAction(SinkRef sink, TargetScratchpadAndAction target) throws NetworkException {
        accept("set_target_scratchpad_and_action", sink, target.toString());
    }

    @Override
    public void setConfigurationDataItem(SinkRef sink, ConfigurationDataItem item) throws NetworkException {
        accept("set_configuration_data_item", sink, item.payload().toHex());
        needsConfigurationData(sink);
        if (item.payload().isEmpty()) {
            configurationDataItems(sink).remove(item.endpoint());
        } else {
            configurationDataItems(sink).put(item.endpoint(), item.payload());
        }
    }

    @Override
    public Optional<ConfigurationDataItem> getConfigurationDataItem(SinkRef sink, long endpoint)
            throws NetworkException {
        accept("get_configuration_data_item", sink, Long.toString(endpoint));
        needsConfigurationData(sink);
        return Optional.ofNullable(configurationDataItems(sink).get(endpoint))
                .map(payload -> new ConfigurationDataItem(endpoint, payload));
    }

    private void accept(String request, SinkRef sink, String... details) throws RequestAbortedException {
        requests.add(String.join(" ", request, sink.toString(), String.join(" ", details)).strip());
        if (refused.contains(sink)) {
            throw new RequestAbortedException(RequestAbortedException.Reason.PUBLISH_FAILED, sink + " is refused",
                    null);
        }
    }

    private void needsConfigurationData(SinkRef sink) throws FeatureNotSupportedException {
        Gateway gateway = network.gateway(sink.gatewayId()).orElseThrow();
        if (!gateway.hasFeature(GatewayFeature.CONFIGURATION_DATA_V1)) {
            throw new FeatureNotSupportedException(sink.gatewayId(), GatewayFeature.CONFIGURATION_DATA_V1,
                    "configuration data item");
        }
    }

    private static SinkReadConfig withAppConfig(SinkReadConfig old, SinkNewConfig config) {
        return new SinkReadConfig(old.sinkId(), old.nodeRole(), old.nodeAddress(), old.networkAddress(),
                old.networkChannel(), config.appConfig(), old.channelMap(), old.areKeysSet(), old.currentAcRange(),
                old.acLimits(), old.maxMtu(), old.channelLimits(), old.hwMagic(), old.stackProfile(),
                old.appConfigMaxSize(), old.firmwareVersion(), old.sinkState(), old.storedScratchpad(),
                old.storedStatus(), old.storedType(), old.processedScratchpad(), old.firmwareAreaId(),
                old.targetAndAction(), old.configurationDataContent());
    }
}
