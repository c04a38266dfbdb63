package org.meshbench.testcases.builtin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.meshbench.network.NetworkException;
import org.meshbench.network.OtapHelper;
import org.meshbench.network.ScratchpadStatusReport;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkResult;
import org.meshbench.network.SinkSelection;
import org.meshbench.network.UploadProgress;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.TargetScratchpadAndAction;

/** Reads the scratchpad statuses of the fake's selected sinks; the OTAP steps themselves are not modelled. */
final class FakeOtapHelper implements OtapHelper {

    private final FakeNetwork network;
    private final SinkSelection selection;

    FakeOtapHelper(FakeNetwork network, SinkSelection selection) {
        this.network = network;
        this.selection = selection;
    }

    @Override
    public List<Sink> sinks() {
        return network.sinks().stream().filter(selection::includes).toList();
    }

    @Override
    public CompletableFuture<List<SinkResult<ScratchpadStatusReport>>> scratchpadStatus() {
        List<SinkResult<ScratchpadStatusReport>> results = new ArrayList<>();
        for (Sink sink : sinks()) {
            try {
                results.add(SinkResult.success(sink.ref(), network.fakeSync().getScratchpadStatus(sink.ref())));
            } catch (NetworkException e) {
                results.add(SinkResult.failure(sink.ref(), e));
            }
        }
        return CompletableFuture.completedFuture(results);
    }

    @Override
    public CompletableFuture<List<SinkResult<Void>>> uploadScratchpad(long seq, Bytes image,
            Consumer<UploadProgress> progress) {
        throw new UnsupportedOperationException("not used by the built-in test cases");
    }

    @Override
    public CompletableFuture<List<SinkResult<Void>>> processScratchpad() {
        throw new UnsupportedOperationException("not used by the built-in test cases");
    }

    @Override
    public CompletableFuture<List<SinkResult<Void>>> setTargetAndAction(TargetScratchpadAndAction target) {
        throw new UnsupportedOperationException("not used by the built-in test cases");
    }
}
