package org.meshbench.shell.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.SinkRef;

/** Sends a packet through a sink and waits, within the loop timeout, for the gateway to accept it. */
final class Downlinks {

    private Downlinks() {
    }

    static void send(ShellState state, SinkRef sink, OutgoingPacket packet) throws InterruptedException {
        try {
            state.client().services().sendData(sink, packet).get(state.loopTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
            state.out().println("sent through " + sink + ": " + packet.payload().size() + " bytes to "
                    + packet.destinationAddress() + " ep " + packet.sourceEndpoint() + "->"
                    + packet.destinationEndpoint());
        } catch (ExecutionException | TimeoutException e) {
            throw new ShellException("send_data through " + sink + " " + Failures.text(e));
        }
    }
}
