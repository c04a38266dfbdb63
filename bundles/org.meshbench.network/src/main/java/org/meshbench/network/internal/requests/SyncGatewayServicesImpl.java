package org.meshbench.network.internal.requests;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.meshbench.network.GatewayServices;
import org.meshbench.network.NetworkException;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.ScratchpadStatusReport;
import org.meshbench.network.SinkRef;
import org.meshbench.network.SyncGatewayServices;
import org.meshbench.network.UploadProgress;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ConfigurationDataItem;
import org.meshbench.protocol.value.GatewayInfo;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.protocol.value.TargetScratchpadAndAction;

/**
 * Blocks on the asynchronous services. The futures always settle (every request has a timeout
 * task), so the waits end, unless the wait itself occupies the worker pool that must complete
 * them: calls from a worker thread are refused. Immutable and thread-safe.
 */
public final class SyncGatewayServicesImpl implements SyncGatewayServices {
    private final GatewayServices async;
    private final BooleanSupplier onWorkerThread;

    /**
     * @param async the services to wait on
     * @param onWorkerThread tells whether the calling thread belongs to the client's worker pool
     */
    public SyncGatewayServicesImpl(GatewayServices async, BooleanSupplier onWorkerThread) {
        this.async = async;
        this.onWorkerThread = onWorkerThread;
    }

    @Override
    public SyncGatewayServices withTimeout(Duration timeout) {
        return new SyncGatewayServicesImpl(async.withTimeout(timeout), onWorkerThread);
    }

    private <T> T await(Supplier<CompletableFuture<T>> call)
            throws NetworkException, TimeoutException, InterruptedException {
        if (onWorkerThread.getAsBoolean()) {
            throw new IllegalStateException("a blocking gateway call on the client's worker pool could wait for"
                    + " itself; use services() from listeners");
        }
        CompletableFuture<T> future = call.get();
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw rethrow(ResponseChecks.unwrap(e.getCause()));
        } catch (CancellationException e) {
            throw new IllegalStateException("request was cancelled", e);
        }
    }

    private static RuntimeException rethrow(Throwable cause) throws NetworkException, TimeoutException {
        if (cause instanceof NetworkException network) {
            throw network;
        }
        if (cause instanceof TimeoutException timeout) {
            throw timeout;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    @Override
    public void sendData(SinkRef sink, OutgoingPacket packet)
            throws NetworkException, TimeoutException, InterruptedException {
        await(() -> async.sendData(sink, packet));
    }

    @Override
    public List<SinkReadConfig> getConfigs(String gatewayId)
            throws NetworkException, TimeoutException, InterruptedException {
        return await(() -> async.getConfigs(gatewayId));
    }

    @Override
    public SinkReadConfig setSinkConfig(String gatewayId, SinkNewConfig config)
            throws NetworkException, TimeoutException, InterruptedException {
        return await(() -> async.setSinkConfig(gatewayId, config));
    }

    @Override
    public GatewayInfo getGatewayInfo(String gatewayId)
            throws NetworkException, TimeoutException, InterruptedException {
        return await(() -> async.getGatewayInfo(gatewayId));
    }

    @Override
    public ScratchpadStatusReport getScratchpadStatus(SinkRef sink)
            throws NetworkException, TimeoutException, InterruptedException {
        return await(() -> async.getScratchpadStatus(sink));
    }

    @Override
    public void uploadScratchpad(SinkRef sink, long seq, Bytes image, Consumer<UploadProgress> progress)
            throws NetworkException, TimeoutException, InterruptedException {
        await(() -> async.uploadScratchpad(sink, seq, image, progress));
    }

    @Override
    public void clearScratchpad(SinkRef sink, long seq)
            throws NetworkException, TimeoutException, InterruptedException {
        await(() -> async.clearScratchpad(sink, seq));
    }

    @Override
    public void processScratchpad(SinkRef sink) throws NetworkException, TimeoutException, InterruptedException {
        await(() -> async.processScratchpad(sink));
    }

    @Override
    public void setTargetAndAction(SinkRef sink, TargetScratchpadAndAction target)
            throws NetworkException, TimeoutException, InterruptedException {
        await(() -> async.setTargetAndAction(sink, target));
    }

    @Override
    public void setConfigurationDataItem(SinkRef sink, ConfigurationDataItem item)
            throws NetworkException, TimeoutException, InterruptedException {
        await(() -> async.setConfigurationDataItem(sink, item));
    }

    @Override
    public Optional<ConfigurationDataItem> getConfigurationDataItem(SinkRef sink, long endpoint)
            throws NetworkException, TimeoutException, InterruptedException {
        return await(() -> async.getConfigurationDataItem(sink, endpoint));
    }
}
