package org.meshbench.network.internal.helpers;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.meshbench.network.GatewayServices;
import org.meshbench.network.OtapHelper;
import org.meshbench.network.ScratchpadStatusReport;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkResult;
import org.meshbench.network.SinkSelection;
import org.meshbench.network.UploadProgress;
import org.meshbench.network.internal.model.GatewayModel;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.TargetScratchpadAndAction;

/** OTAP steps on every selected sink, in parallel. Immutable and thread-safe. */
public final class OtapHelperImpl implements OtapHelper {
    private final GatewayModel model;
    private final GatewayServices services;
    private final SinkSelection selection;

    /**
     * @param model gives the sinks
     * @param services sends the requests
     * @param selection the sinks to address
     */
    public OtapHelperImpl(GatewayModel model, GatewayServices services, SinkSelection selection) {
        this.model = model;
        this.services = services;
        this.selection = selection;
    }

    @Override
    public List<Sink> sinks() {
        return SinkFanOut.select(model, selection);
    }

    @Override
    public CompletableFuture<List<SinkResult<ScratchpadStatusReport>>> scratchpadStatus() {
        return SinkFanOut.run(sinks(), sink -> services.getScratchpadStatus(sink.ref()));
    }

    @Override
    public CompletableFuture<List<SinkResult<Void>>> uploadScratchpad(long seq, Bytes image,
            Consumer<UploadProgress> progress) {
        return SinkFanOut.run(sinks(), sink -> services.uploadScratchpad(sink.ref(), seq, image, progress));
    }

    @Override
    public CompletableFuture<List<SinkResult<Void>>> processScratchpad() {
        return SinkFanOut.run(sinks(), sink -> services.processScratchpad(sink.ref()));
    }

    @Override
    public CompletableFuture<List<SinkResult<Void>>> setTargetAndAction(TargetScratchpadAndAction target) {
        return SinkFanOut.run(sinks(), sink -> services.setTargetAndAction(sink.ref(), target));
    }
}
