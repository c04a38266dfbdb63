package org.meshbench.network.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.meshbench.network.NetworkException;
import org.meshbench.network.NetworkOperations;
import org.meshbench.network.OtapHelper;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.ScratchpadStatusReport;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkRef;
import org.meshbench.network.SinkResult;
import org.meshbench.network.SinkSelection;
import org.meshbench.network.UploadProgress;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.TargetScratchpadAndAction;

/**
 * The network-wide helpers of a {@link FakeNetworkClient}: each request goes to the fake gateways for each
 * selected sink, one after another, and the returned future is already complete.
 */
final class FakeSelection implements NetworkOperations, OtapHelper {

    /** One request to one sink. */
    private interface SinkRequest<T> {
        T send(SinkRef sink) throws NetworkException;
    }

    private final FakeNetworkClient network;
    private final SinkSelection selection;

    FakeSelection(FakeNetworkClient network, SinkSelection selection) {
        this.network = network;
        this.selection = selection;
    }

    @Override
    public List<Sink> sinks() {
        return network.sinks().stream().filter(selection::includes).toList();
    }

    @Override
    public CompletableFuture<List<SinkResult<Void>>> sendData(OutgoingPacket packet) {
        return each(sink -> {
            network.fakeServices().sendData(sink, packet);
            return null;
        });
    }

    @Override
    public CompletableFuture<List<SinkResult<ScratchpadStatusReport>>> scratchpadStatus() {
        return each(network.fakeServices()::getScratchpadStatus);
    }

    @Override
    public CompletableFuture<List<SinkResult<Void>>> uploadScratchpad(long seq, Bytes image,
            Consumer<UploadProgress> progress) {
        return each(sink -> {
            network.fakeServices().uploadScratchpad(sink, seq, image, progress);
            return null;
        });
    }

    @Override
    public CompletableFuture<List<SinkResult<Void>>> processScratchpad() {
        return each(sink -> {
            network.fakeServices().processScratchpad(sink);
            return null;
        });
    }

    @Override
    public CompletableFuture<List<SinkResult<Void>>> setTargetAndAction(TargetScratchpadAndAction target) {
        return each(sink -> {
            network.fakeServices().setTargetAndAction(sink, target);
            return null;
        });
    }

    private <T> CompletableFuture<List<SinkResult<T>>> each(SinkRequest<T> request) {
        List<SinkResult<T>> results = new ArrayList<>();
        for (Sink sink : sinks()) {
            try {
                results.add(SinkResult.success(sink.ref(), request.send(sink.ref())));
            } catch (NetworkException e) {
                results.add(SinkResult.failure(sink.ref(), e));
            }
        }
        return CompletableFuture.completedFuture(results);
    }
}
