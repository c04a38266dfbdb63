package org.meshbench.network;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ConfigurationDataItem;
import org.meshbench.protocol.value.GatewayInfo;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.protocol.value.TargetScratchpadAndAction;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Every request of the gateway API, asynchronously. Requests go at MQTT QoS 2 with a fresh random
 * request id. Thread-safe.
 *
 * <p>Each returned future completes on the client's worker pool: normally when the gateway
 * answers OK; exceptionally with {@link GatewayErrorException} for any other result,
 * {@link RequestTimeoutException} when no answer comes in time, {@link RequestAbortedException}
 * when the request cannot be sent or the connection drops, or {@link FeatureNotSupportedException}
 * when the gateway lacks a needed feature. The timeout is the one given to
 * {@link #withTimeout(Duration)}, else the gateway's own ({@link NetworkClient#setGatewayTimeout}),
 * else the client's default; scratchpad upload and processing and set_config add the
 * {@link NetworkClientOptions#slowRequestAllowance()} to the latter two, since sinks may
 * reboot or write flash first. Cancelling a future does not recall a request already sent.
 */
@ProviderType
public interface GatewayServices {

    /**
     * @param timeout the timeout of every request made through the returned view
     * @return a view of these services with a fixed timeout
     */
    GatewayServices withTimeout(Duration timeout);

    /**
     * @param sink the sink that sends the packet
     * @param packet the packet
     * @return completes when the gateway accepted the packet (not when a node received it)
     */
    CompletableFuture<Void> sendData(SinkRef sink, OutgoingPacket packet);

    /**
     * Reads the configuration of every sink of a gateway; the model is updated from the answer.
     *
     * @param gatewayId the gateway
     * @return the configurations
     */
    CompletableFuture<List<SinkReadConfig>> getConfigs(String gatewayId);

    /**
     * Changes only the fields set in {@code config} ({@code sinkState} OFF stops the stack, ON
     * starts it; zero values are sent as given). The model is updated from the answer.
     *
     * @param gatewayId the gateway of the sink named in {@code config}
     * @param config the fields to change
     * @return the configuration the gateway read back afterwards
     */
    CompletableFuture<SinkReadConfig> setSinkConfig(String gatewayId, SinkNewConfig config);

    /**
     * @param gatewayId the gateway
     * @return what the gateway says about itself
     */
    CompletableFuture<GatewayInfo> getGatewayInfo(String gatewayId);

    /**
     * @param sink the sink
     * @return its scratchpad status
     */
    CompletableFuture<ScratchpadStatusReport> getScratchpadStatus(SinkRef sink);

    /**
     * Uploads a scratchpad. An image larger than the gateway's max scratchpad size goes in chunks
     * of that size, one after another, if the gateway announces SCRATCHPAD_CHUNK_V1; otherwise
     * it fails with {@link FeatureNotSupportedException} before sending anything. Cancelling the
     * returned future stops sending further chunks.
     *
     * @param sink the sink
     * @param seq the scratchpad sequence number
     * @param image the scratchpad image, not empty
     * @param progress told after each acknowledged chunk, on the worker pool
     * @return completes when the gateway acknowledged the whole image
     */
    CompletableFuture<Void> uploadScratchpad(SinkRef sink, long seq, Bytes image, Consumer<UploadProgress> progress);

    /**
     * @param sink the sink
     * @param seq the sequence number sent with the request
     * @return completes when the gateway cleared the stored scratchpad
     */
    CompletableFuture<Void> clearScratchpad(SinkRef sink, long seq);

    /**
     * @param sink the sink
     * @return completes when the sink accepted to process its stored scratchpad
     */
    CompletableFuture<Void> processScratchpad(SinkRef sink);

    /**
     * @param sink the sink
     * @param target the target scratchpad and the action, with a delay or a raw parameter
     * @return completes when the gateway accepted
     */
    CompletableFuture<Void> setTargetAndAction(SinkRef sink, TargetScratchpadAndAction target);

    /**
     * Needs CONFIGURATION_DATA_V1.
     *
     * @param sink the sink
     * @param item the item; an empty payload clears it
     * @return completes when the gateway accepted
     */
    CompletableFuture<Void> setConfigurationDataItem(SinkRef sink, ConfigurationDataItem item);

    /**
     * Needs CONFIGURATION_DATA_V1.
     *
     * @param sink the sink
     * @param endpoint the item's endpoint
     * @return the item, or empty when the sink has none
     */
    CompletableFuture<Optional<ConfigurationDataItem>> getConfigurationDataItem(SinkRef sink, long endpoint);
}
