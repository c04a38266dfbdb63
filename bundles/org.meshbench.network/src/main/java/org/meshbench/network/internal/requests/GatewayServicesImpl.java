package org.meshbench.network.internal.requests;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.meshbench.network.FeatureNotSupportedException;
import org.meshbench.network.Gateway;
import org.meshbench.network.GatewayServices;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.ScratchpadStatusReport;
import org.meshbench.network.SinkRef;
import org.meshbench.network.UploadProgress;
import org.meshbench.network.internal.dispatch.ClientRuntime;
import org.meshbench.network.internal.model.GatewayModel;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.GetConfigsRequest;
import org.meshbench.protocol.message.GetConfigsResponse;
import org.meshbench.protocol.message.GetConfigurationDataItemRequest;
import org.meshbench.protocol.message.GetConfigurationDataItemResponse;
import org.meshbench.protocol.message.GetGatewayInfoRequest;
import org.meshbench.protocol.message.GetGatewayInfoResponse;
import org.meshbench.protocol.message.GetScratchpadStatusRequest;
import org.meshbench.protocol.message.GetScratchpadStatusResponse;
import org.meshbench.protocol.message.ProcessScratchpadRequest;
import org.meshbench.protocol.message.Request;
import org.meshbench.protocol.message.RequestHeader;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.message.SetConfigRequest;
import org.meshbench.protocol.message.SetConfigResponse;
import org.meshbench.protocol.message.SetConfigurationDataItemRequest;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionRequest;
import org.meshbench.protocol.message.UploadScratchpadRequest;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ChunkInfo;
import org.meshbench.protocol.value.ConfigurationDataItem;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.GatewayInfo;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.protocol.value.TargetScratchpadAndAction;

/** The typed gateway requests on top of {@link RequestSender}. Immutable and thread-safe. */
public final class GatewayServicesImpl implements GatewayServices {
    private final RequestSender sender;
    private final RequestTimeouts timeouts;
    private final GatewayModel model;
    private final ClientRuntime runtime;
    private final Optional<Duration> callTimeout;

    /**
     * @param sender sends the requests
     * @param timeouts picks the timeouts
     * @param model gives the gateways' features and max scratchpad sizes
     * @param runtime threads and clock
     */
    public GatewayServicesImpl(RequestSender sender, RequestTimeouts timeouts, GatewayModel model,
            ClientRuntime runtime) {
        this(sender, timeouts, model, runtime, Optional.empty());
    }

    private GatewayServicesImpl(RequestSender sender, RequestTimeouts timeouts, GatewayModel model,
            ClientRuntime runtime, Optional<Duration> callTimeout) {
        this.sender = sender;
        this.timeouts = timeouts;
        this.model = model;
        this.runtime = runtime;
        this.callTimeout = callTimeout;
    }

    @Override
    public GatewayServices withTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        return new GatewayServicesImpl(sender, timeouts, model, runtime, Optional.of(timeout));
    }

    private CompletableFuture<Response> send(String gatewayId, Command command,
            LongFunction<Request> build) {
        return sender.send(gatewayId, command, build, timeouts.timeoutFor(gatewayId, command, callTimeout));
    }

    private RequestHeader header(long id, Optional<String> sinkId) {
        return new RequestHeader(id, sinkId, OptionalLong.of(runtime.clock().millis()));
    }

    private RequestHeader header(long id, SinkRef sink) {
        return header(id, Optional.of(sink.sinkId()));
    }

    @Override
    public CompletableFuture<Void> sendData(SinkRef sink, OutgoingPacket packet) {
        return expectOk(sink.gatewayId(), Command.SEND_DATA, id -> new SendDataRequest(header(id, sink),
                packet.destinationAddress(), packet.sourceEndpoint(), packet.destinationEndpoint(),
                packet.qos().wireValue(), packet.payload(),
                packet.initialDelayMs() > 0 ? OptionalLong.of(packet.initialDelayMs()) : OptionalLong.empty(),
                packet.unackCsmaCa() ? Optional.of(true) : Optional.empty(),
                packet.hopLimit() > 0 ? OptionalLong.of(packet.hopLimit()) : OptionalLong.empty()));
    }

    @Override
    public CompletableFuture<List<SinkReadConfig>> getConfigs(String gatewayId) {
        return send(gatewayId, Command.GET_CONFIGS, id -> new GetConfigsRequest(header(id, Optional.empty())))
                .thenApply(response -> ResponseChecks.ok(response, GetConfigsResponse.class).configs());
    }

    @Override
    public CompletableFuture<SinkReadConfig> setSinkConfig(String gatewayId, SinkNewConfig config) {
        Objects.requireNonNull(config, "config");
        return send(gatewayId, Command.SET_CONFIG,
                id -> new SetConfigRequest(header(id, Optional.of(config.sinkId())), config))
                .thenApply(response -> ResponseChecks.ok(response, SetConfigResponse.class).config());
    }

    @Override
    public CompletableFuture<GatewayInfo> getGatewayInfo(String gatewayId) {
        return send(gatewayId, Command.GET_GW_INFO, id -> new GetGatewayInfoRequest(header(id, Optional.empty())))
                .thenApply(response -> ResponseChecks.ok(response, GetGatewayInfoResponse.class).info());
    }

    @Override
    public CompletableFuture<ScratchpadStatusReport> getScratchpadStatus(SinkRef sink) {
        return send(sink.gatewayId(), Command.OTAP_STATUS, id -> new GetScratchpadStatusRequest(header(id, sink)))
                .thenApply(response -> ScratchpadStatusReport.of(
                        ResponseChecks.ok(response, GetScratchpadStatusResponse.class)));
    }

    @Override
    public CompletableFuture<Void> uploadScratchpad(SinkRef sink, long seq, Bytes image,
            Consumer<UploadProgress> progress) {
        if (image.isEmpty()) {
            throw new IllegalArgumentException("the scratchpad image is empty; use clearScratchpad");
        }
        Consumer<UploadProgress> safeProgress = guarded(progress);
        Optional<Gateway> gateway = model.gateway(sink.gatewayId());
        OptionalLong maxSize = gateway.map(Gateway::maxScratchpadSize).orElse(OptionalLong.empty());
        if (maxSize.isEmpty() || maxSize.getAsLong() == 0 || image.size() <= maxSize.getAsLong()) {
            return uploadPart(sink, seq, image, Optional.empty()).thenRun(
                    () -> safeProgress.accept(new UploadProgress(sink, image.size(), image.size())));
        }
        if (!gateway.get().hasFeature(GatewayFeature.SCRATCHPAD_CHUNK_V1)) {
            return CompletableFuture.failedFuture(new FeatureNotSupportedException(sink.gatewayId(),
                    GatewayFeature.SCRATCHPAD_CHUNK_V1, "a " + image.size() + "-byte scratchpad (max "
                            + maxSize.getAsLong() + " per request)"));
        }
        int chunkSize = (int) Math.min(Integer.MAX_VALUE, maxSize.getAsLong());
        return new ChunkedUpload(this::uploadPart, sink, seq, image, chunkSize, safeProgress, runtime.workers())
                .start();
    }

    private Consumer<UploadProgress> guarded(Consumer<UploadProgress> progress) {
        return step -> {
            try {
                progress.accept(step);
            } catch (Throwable e) { // the upload goes on whatever the caller's progress listener does
                runtime.problems().listenerFailed(progress, e);
            }
        };
    }

    private CompletableFuture<Void> uploadPart(SinkRef sink, long seq, Bytes data, Optional<ChunkInfo> chunk) {
        return expectOk(sink.gatewayId(), Command.OTAP_LOAD_SCRATCHPAD,
                id -> new UploadScratchpadRequest(header(id, sink), seq, Optional.of(data), chunk));
    }

    @Override
    public CompletableFuture<Void> clearScratchpad(SinkRef sink, long seq) {
        return expectOk(sink.gatewayId(), Command.OTAP_LOAD_SCRATCHPAD,
                id -> new UploadScratchpadRequest(header(id, sink), seq, Optional.empty(), Optional.empty()));
    }

    @Override
    public CompletableFuture<Void> processScratchpad(SinkRef sink) {
        return expectOk(sink.gatewayId(), Command.OTAP_PROCESS_SCRATCHPAD,
                id -> new ProcessScratchpadRequest(header(id, sink)));
    }

    @Override
    public CompletableFuture<Void> setTargetAndAction(SinkRef sink, TargetScratchpadAndAction target) {
        Objects.requireNonNull(target, "target");
        return expectOk(sink.gatewayId(), Command.OTAP_SET_TARGET_SCRATCHPAD,
                id -> new SetScratchpadTargetAndActionRequest(header(id, sink), target));
    }

    @Override
    public CompletableFuture<Void> setConfigurationDataItem(SinkRef sink, ConfigurationDataItem item) {
        Objects.requireNonNull(item, "item");
        return requireFeature(sink.gatewayId(), GatewayFeature.CONFIGURATION_DATA_V1, "set_configuration_data_item")
                .orElseGet(() -> expectOk(sink.gatewayId(), Command.SET_CONFIGURATION_DATA_ITEM,
                        id -> new SetConfigurationDataItemRequest(header(id, sink), item)));
    }

    @Override
    public CompletableFuture<Optional<ConfigurationDataItem>> getConfigurationDataItem(SinkRef sink, long endpoint) {
        return requireFeature(sink.gatewayId(), GatewayFeature.CONFIGURATION_DATA_V1,
                "get_configuration_data_item").<CompletableFuture<Optional<ConfigurationDataItem>>>map(
                        failed -> failed.thenApply(ignored -> Optional.empty()))
                .orElseGet(() -> send(sink.gatewayId(), Command.GET_CONFIGURATION_DATA_ITEM,
                        id -> new GetConfigurationDataItemRequest(header(id, sink), endpoint))
                        .thenApply(response -> ResponseChecks.ok(response, GetConfigurationDataItemResponse.class)
                                .configurationDataItem()));
    }

    /** @return a failed future if the gateway is known and does not announce the feature */
    private Optional<CompletableFuture<Void>> requireFeature(String gatewayId, GatewayFeature feature, String what) {
        return model.gateway(gatewayId).filter(gateway -> !gateway.hasFeature(feature)).map(
                gateway -> CompletableFuture.failedFuture(new FeatureNotSupportedException(gatewayId, feature, what)));
    }

    private CompletableFuture<Void> expectOk(String gatewayId, Command command, LongFunction<Request> build) {
        return send(gatewayId, command, build).thenApply(response -> {
            ResponseChecks.ok(response, Response.class);
            return null;
        });
    }
}
