package org.meshbench.provisioning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.SinkRef;
import org.meshbench.network.testing.FakeNetworkClient;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.ProvisioningFrame;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.server.DropReason;
import org.meshbench.provisioning.server.ProvisioningOptions;
import org.meshbench.provisioning.server.ProvisioningServer;

class NetworkProvisioningServerTest {

    private static final SinkRef SINK = new SinkRef("gw", "sink0");
    /** A START type byte and nothing after it. */
    private static final Bytes TRUNCATED_START = Bytes.of(new byte[] {ProvisioningFrame.START});

    @Test
    void dropListenersAreToldOfEveryDroppedPacketUntilRemoved() throws InterruptedException {
        FakeNetworkClient client = new FakeNetworkClient();
        BlockingQueue<DropReason> told = new LinkedBlockingQueue<>();
        try (ProvisioningServer server = ProvisioningServer.start(client, Whitelist.of(List.of()),
                ProvisioningOptions.DEFAULTS)) {
            Consumer<DropReason> listener = told::add;
            server.addDropListener(listener);
            client.publish(truncatedStart());

            assertEquals(DropReason.TRUNCATED, told.poll(10, TimeUnit.SECONDS));
            assertEquals(Map.of(DropReason.TRUNCATED, 1L), server.drops());

            server.removeDropListener(listener);
            client.publish(truncatedStart());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (server.drops().get(DropReason.TRUNCATED) < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(Map.of(DropReason.TRUNCATED, 2L), server.drops());
            assertEquals(List.of(), List.copyOf(told));
        }
    }

    private static ReceivedPacket truncatedStart() {
        return FakeNetworkClient.uplink(SINK, 1, 0x42, ProvisioningFrame.NODE_ENDPOINT,
                ProvisioningFrame.SERVER_ENDPOINT, TRUNCATED_START, 1);
    }
}
