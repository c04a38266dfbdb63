package org.meshbench.testcases.builtin.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.meshbench.mesh.remoteapi.RemoteApi;
import org.meshbench.network.DataFilter;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.value.Bytes;

/**
 * The nodes behind the fake gateways: they echo 50→51 downlinks back on 51→50 and answer Remote
 * API pings, after a delay per hop, unless silent. Packets reach data listeners on one worker
 * thread, as the real client delivers them off the test's thread.
 */
final class FakeMesh implements AutoCloseable {

    private static final Duration HOP_LATENCY = Duration.ofMillis(5);

    /** How one node behaves. */
    record Behaviour(int hops, boolean echoes, boolean answersRemoteApi) {
    }

    private final Map<Long, Behaviour> nodes = new ConcurrentHashMap<>();
    private final List<Registration> listeners = new CopyOnWriteArrayList<>();
    private final List<ReceivedPacket> awaitingListener = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fake-mesh");
        thread.setDaemon(true);
        return thread;
    });

    void add(long address, Behaviour behaviour) {
        nodes.put(address, behaviour);
    }

    /** Delivers an uplink packet to the listeners whose filter accepts it. */
    void publish(ReceivedPacket packet) {
        worker.execute(() -> listeners.stream().filter(r -> r.filter.matches(packet)).forEach(r -> r.listener.accept(packet)));
    }

    /**
     * Delivers a packet once the test case registers a data listener, so that a test does not
     * depend on how long the test case takes to get there.
     */
    void publishWhenListened(ReceivedPacket packet) {
        awaitingListener.add(packet);
    }

    ListenerRegistration listen(DataFilter filter, Consumer<ReceivedPacket> listener) {
        Registration registration = new Registration(filter, listener);
        listeners.add(registration);
        List<ReceivedPacket> waiting = List.copyOf(awaitingListener);
        awaitingListener.removeAll(waiting);
        waiting.forEach(this::publish);
        return registration;
    }

    int listenerCount() {
        return listeners.size();
    }

    /** A downlink the gateway accepted reaches the addressed nodes, which may answer. */
    void downlink(SinkRef sink, OutgoingPacket packet) {
        nodes.forEach((address, behaviour) -> {
            if (packet.destinationAddress() == address || packet.destinationAddress() == OutgoingPacket.BROADCAST) {
                answer(sink, address, behaviour, packet);
            }
        });
    }

    private void answer(SinkRef sink, long address, Behaviour behaviour, OutgoingPacket packet) {
        boolean echo = behaviour.echoes() && packet.sourceEndpoint() == 50 && packet.destinationEndpoint() == 51;
        boolean remoteApi = behaviour.answersRemoteApi() && packet.sourceEndpoint() == RemoteApi.BACKEND_ENDPOINT
                && packet.destinationEndpoint() == RemoteApi.NODE_ENDPOINT;
        if (!echo && !remoteApi) {
            return;
        }
        Bytes payload = echo ? packet.payload() : pingAnswer(packet.payload());
        ReceivedPacket answer = Fixtures.uplink(sink, address, packet.destinationEndpoint(), packet.sourceEndpoint(),
                payload, behaviour.hops());
        worker.schedule(() -> publish(answer), 2 * behaviour.hops() * HOP_LATENCY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Bytes pingAnswer(Bytes request) {
        byte[] frame = request.toByteArray();
        frame[0] = (byte) (RemoteApi.PING | RemoteApi.RESPONSE_BIT);
        return Bytes.of(frame);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private final class Registration implements ListenerRegistration {
        private final DataFilter filter;
        private final Consumer<ReceivedPacket> listener;

        Registration(DataFilter filter, Consumer<ReceivedPacket> listener) {
            this.filter = filter;
            this.listener = listener;
        }

        @Override
        public long dropped() {
            return 0;
        }

        @Override
        public void close() {
            listeners.remove(this);
        }
    }
}
