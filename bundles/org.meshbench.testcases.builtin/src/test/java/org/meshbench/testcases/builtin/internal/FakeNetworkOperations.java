package org.meshbench.testcases.builtin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.meshbench.network.NetworkException;
import org.meshbench.network.NetworkOperations;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkResult;
import org.meshbench.network.SinkSelection;

/** Sends through each selected sink of the fake, one after another. */
final class FakeNetworkOperations implements NetworkOperations {

    private final FakeNetwork network;
    private final SinkSelection selection;

    FakeNetworkOperations(FakeNetwork network, SinkSelection selection) {
        this.network = network;
        this.selection = selection;
    }

    @Override
    public List<Sink> sinks() {
        return network.sinks().stream().filter(selection::includes).toList();
    }

    @Override
    public CompletableFuture<List<SinkResult<Void>>> sendData(OutgoingPacket packet) {
        List<SinkResult<Void>> results = new ArrayList<>();
        for (Sink sink : sinks()) {
            try {
                network.fakeSync().sendData(sink.ref(), packet);
                results.add(SinkResult.success(sink.ref(), null));
            } catch (NetworkException e) {
                results.add(SinkResult.failure(sink.ref(), e));
            }
        }
        return CompletableFuture.completedFuture(results);
    }
}
