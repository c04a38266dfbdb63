package org.meshbench.testcases.builtin.internal;

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
 * Gateways that answer from the fake model: they accept data unless the sink is marked broken,
 * apply app configs, keep configuration data items and report scratchpad statuses. Requests the
 * built-in test cases never make fail loudly.
 */
final class FakeGatewayServices implements SyncGatewayServices {

    private final FakeNetwork network;
    private final Set<SinkRef> broken = ConcurrentHashMap.newKeySet();
    private final Map<SinkRef, Map<Long, Bytes>> items = new ConcurrentHashMap<>();
    private final Map<SinkRef, ScratchpadStatusReport> scratchpads = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();

    FakeGatewayServices(FakeNetwork network) {
        this.network = network;
    }

    /** The sink's gateway refuses every request to it from now on. */
    void breakSink(SinkRef sink) {
        broken.add(sink);
    }

    void scratchpad(SinkRef sink, ScratchpadStatusReport status) {
        scratchpads.put(sink, status);
    }

    Map<Long, Bytes> items(SinkRef sink) {
        return items.computeIfAbsent(sink, s -> new ConcurrentHashMap<>());
    }

    @Override
    public SyncGatewayServices withTimeout(Duration timeout) {
        return this;
    }

    @Override
    public void sendData(SinkRef sink, OutgoingPacket packet) throws NetworkException {
        requests.add("send_data " + sink);
        reachable(sink);
        network.mesh().downlink(sink, packet);
    }

    @Override
    public List<SinkReadConfig> getConfigs(String gatewayId) {
        requests.add("get_configs " + gatewayId);
        return network.gateway(gatewayId).orElseThrow().sinks().stream().map(Sink::config).toList();
    }

    @Override
    public SinkReadConfig setSinkConfig(String gatewayId, SinkNewConfig config) throws NetworkException {
        SinkRef sink = new SinkRef(gatewayId, config.sinkId());
        requests.add("set_config " + sink + " " + config.appConfig().map(Object::toString).orElse(""));
        reachable(sink);
        if (!config.equals(SinkNewConfig.builder(config.sinkId()).appConfig(config.appConfig().orElseThrow()).build())) {
            throw new UnsupportedOperationException("the fake applies app configs only: " + config);
        }
        return network.updateSink(sink, old -> rebuiltWithAppConfig(old, config));
    }

    @Override
    public ScratchpadStatusReport getScratchpadStatus(SinkRef sink) throws NetworkException {
        reachable(sink);
        return Optional.ofNullable(scratchpads.get(sink)).orElseThrow();
    }

    @Override
    public void setConfigurationDataItem(SinkRef sink, ConfigurationDataItem item) throws NetworkException {
        requests.add("set_configuration_data_item " + sink + " " + item.payload().toHex());
        needsConfigurationData(sink);
        if (item.payload().isEmpty()) {
            items(sink).remove(item.endpoint());
        } else {
            items(sink).put(item.endpoint(), item.payload());
        }
    }

    @Override
    public Optional<ConfigurationDataItem> getConfigurationDataItem(SinkRef sink, long endpoint)
            throws NetworkException {
        needsConfigurationData(sink);
        return Optional.ofNullable(items(sink).get(endpoint)).map(payload -> new ConfigurationDataItem(endpoint, payload));
    }

    @Override
    public GatewayInfo getGatewayInfo(String gatewayId) {
        throw new UnsupportedOperationException("not used by the built-in test cases");
    }

    @Override
    public void uploadScratchpad(SinkRef sink, long seq, Bytes image, Consumer<UploadProgress> progress) {
        throw new UnsupportedOperationException("not used by the built-in test cases");
    }

    @Override
    public void clearScratchpad(SinkRef sink, long seq) {
        throw new UnsupportedOperationException("not used by the built-in test cases");
    }

    @Override
    public void processScratchpad(SinkRef sink) {
        throw new UnsupportedOperationException("not used by the built-in test cases");
    }

    @Override
    public void setTargetAndAction(SinkRef sink, TargetScratchpadAndAction target) {
        throw new UnsupportedOperationException("not used by the built-in test cases");
    }

    private void reachable(SinkRef sink) throws RequestAbortedException {
        if (broken.contains(sink)) {
            throw new RequestAbortedException(RequestAbortedException.Reason.PUBLISH_FAILED, sink + " is broken", null);
        }
    }

    private void needsConfigurationData(SinkRef sink) throws NetworkException {
        reachable(sink);
        Gateway gateway = network.gateway(sink.gatewayId()).orElseThrow();
        if (!gateway.hasFeature(GatewayFeature.CONFIGURATION_DATA_V1)) {
            throw new FeatureNotSupportedException(sink.gatewayId(), GatewayFeature.CONFIGURATION_DATA_V1,
                    "configuration data item");
        }
    }

    private static SinkReadConfig rebuiltWithAppConfig(SinkReadConfig old, SinkNewConfig config) {
        return new SinkReadConfig(old.sinkId(), old.nodeRole(), old.nodeAddress(), old.networkAddress(),
                old.networkChannel(), config.appConfig(), old.channelMap(), old.areKeysSet(), old.currentAcRange(),
                old.acLimits(), old.maxMtu(), old.channelLimits(), old.hwMagic(), old.stackProfile(),
                old.appConfigMaxSize(), old.firmwareVersion(), old.sinkState(), old.storedScratchpad(),
                old.storedStatus(), old.storedType(), old.processedScratchpad(), old.firmwareAreaId(),
                old.targetAndAction(), old.configurationDataContent());
    }
}
