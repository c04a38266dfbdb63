package org.meshbench.network;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ConfigurationDataItem;
import org.meshbench.protocol.value.GatewayInfo;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.protocol.value.TargetScratchpadAndAction;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The requests of {@link GatewayServices}, blocking until the answer. Each method throws the
 * exception its asynchronous twin completes with: {@link NetworkException} subclasses, and
 * {@link RequestTimeoutException} (a {@link TimeoutException}) when no answer came in time.
 * Thread-safe. Calls from the client's worker pool (from a listener) fail with
 * {@link IllegalStateException} before sending anything, since the wait would hold the very
 * threads that complete requests; use {@link GatewayServices} there.
 */
@ProviderType
public interface SyncGatewayServices {

    /**
     * @param timeout the timeout of every request made through the returned view
     * @return a view with a fixed timeout
     */
    SyncGatewayServices withTimeout(Duration timeout);

    /**
     * @param sink the sink that sends the packet
     * @param packet the packet
     * @throws NetworkException if the gateway refused it or it could not be sent
     * @throws TimeoutException if no answer came in time
     * @throws InterruptedException if interrupted while waiting
     * @see GatewayServices#sendData
     */
    void sendData(SinkRef sink, OutgoingPacket packet) throws NetworkException, TimeoutException, InterruptedException;

    /**
     * @param gatewayId the gateway
     * @return the configuration of every sink
     * @throws NetworkException if the request failed
     * @throws TimeoutException if no answer came in time
     * @throws InterruptedException if interrupted while waiting
     * @see GatewayServices#getConfigs
     */
    List<SinkReadConfig> getConfigs(String gatewayId) throws NetworkException, TimeoutException, InterruptedException;

    /**
     * @param gatewayId the gateway of the sink named in {@code config}
     * @param config the fields to change
     * @return the configuration read back
     * @throws NetworkException if the request failed
     * @throws TimeoutException if no answer came in time
     * @throws InterruptedException if interrupted while waiting
     * @see GatewayServices#setSinkConfig
     */
    SinkReadConfig setSinkConfig(String gatewayId, SinkNewConfig config)
            throws NetworkException, TimeoutException, InterruptedException;

    /**
     * @param gatewayId the gateway
     * @return what the gateway says about itself
     * @throws NetworkException if the request failed
     * @throws TimeoutException if no answer came in time
     * @throws InterruptedException if interrupted while waiting
     */
    GatewayInfo getGatewayInfo(String gatewayId) throws NetworkException, TimeoutException, InterruptedException;

    /**
     * @param sink the sink
     * @return its scratchpad status
     * @throws NetworkException if the request failed
     * @throws TimeoutException if no answer came in time
     * @throws InterruptedException if interrupted while waiting
     */
    ScratchpadStatusReport getScratchpadStatus(SinkRef sink)
            throws NetworkException, TimeoutException, InterruptedException;

    /**
     * @param sink the sink
     * @param seq the scratchpad sequence number
     * @param image the image
     * @param progress told after each acknowledged chunk, on the worker pool
     * @throws NetworkException if a chunk failed
     * @throws TimeoutException if a chunk got no answer in time
     * @throws InterruptedException if interrupted while waiting; no further chunk is sent
     * @see GatewayServices#uploadScratchpad
     */
    void uploadScratchpad(SinkRef sink, long seq, Bytes image, Consumer<UploadProgress> progress)
            throws NetworkException, TimeoutException, InterruptedException;

    /**
     * @param sink the sink
     * @param seq the sequence number sent with the request
     * @throws NetworkException if the request failed
     * @throws TimeoutException if no answer came in time
     * @throws InterruptedException if interrupted while waiting
     */
    void clearScratchpad(SinkRef sink, long seq) throws NetworkException, TimeoutException, InterruptedException;

    /**
     * @param sink the sink
     * @throws NetworkException if the request failed
     * @throws TimeoutException if no answer came in time
     * @throws InterruptedException if interrupted while waiting
     */
    void processScratchpad(SinkRef sink) throws NetworkException, TimeoutException, InterruptedException;

    /**
     * @param sink the sink
     * @param target the target scratchpad and the action
     * @throws NetworkException if the request failed
     * @throws TimeoutException if no answer came in time
     * @throws InterruptedException if interrupted while waiting
     */
    void setTargetAndAction(SinkRef sink, TargetScratchpadAndAction target)
            throws NetworkException, TimeoutException, InterruptedException;

    /**
     * @param sink the sink
     * @param item the item; an empty payload clears it
     * @throws NetworkException if the request failed
     * @throws TimeoutException if no answer came in time
     * @throws InterruptedException if interrupted while waiting
     */
    void setConfigurationDataItem(SinkRef sink, ConfigurationDataItem item)
            throws NetworkException, TimeoutException, InterruptedException;

    /**
     * @param sink the sink
     * @param endpoint the item's endpoint
     * @return the item, or empty when the sink has none
     * @throws NetworkException if the request failed
     * @throws TimeoutException if no answer came in time
     * @throws InterruptedException if interrupted while waiting
     */
    Optional<ConfigurationDataItem> getConfigurationDataItem(SinkRef sink, long endpoint)
            throws NetworkException, TimeoutException, InterruptedException;
}
