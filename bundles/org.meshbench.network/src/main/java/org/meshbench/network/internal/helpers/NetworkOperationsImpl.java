package org.meshbench.network.internal.helpers;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.meshbench.network.GatewayServices;
import org.meshbench.network.NetworkOperations;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkResult;
import org.meshbench.network.SinkSelection;
import org.meshbench.network.internal.model.GatewayModel;

/** Sends to every selected sink. Immutable and thread-safe. */
public final class NetworkOperationsImpl implements NetworkOperations {
    private final GatewayModel model;
    private final GatewayServices services;
    private final SinkSelection selection;

    /**
     * @param model gives the sinks
     * @param services sends the requests
     * @param selection the sinks to address
     */
    public NetworkOperationsImpl(GatewayModel model, GatewayServices services, SinkSelection selection) {
        this.model = model;
        this.services = services;
        this.selection = selection;
    }

    @Override
    public List<Sink> sinks() {
        return SinkFanOut.select(model, selection);
    }

    @Override
    public CompletableFuture<List<SinkResult<Void>>> sendData(OutgoingPacket packet) {
        return SinkFanOut.run(sinks(), sink -> services.sendData(sink.ref(), packet));
    }
}
