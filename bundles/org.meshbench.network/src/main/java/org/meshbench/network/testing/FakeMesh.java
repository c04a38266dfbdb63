package org.meshbench.network.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.meshbench.network.DataFilter;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.Node;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.value.Bytes;

/**
 * The nodes behind the fake gateways and the data listeners: downlinks reach nodes, whose answers and any
 * published packet reach the listeners on one worker thread, as the real client delivers them off the
 * sender's thread.
 */
final class FakeMesh implements AutoCloseable {

    private final Map<Long, NodeBehaviour> behaviours = new ConcurrentHashMap<>();
    private final Map<Long, Node> nodes = new ConcurrentHashMap<>();
    private final Listeners<ReceivedPacket> listeners = new Listeners<>();
    private final List<ReceivedPacket> awaitingListener = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fake-mesh");
        thread.setDaemon(true);
        return thread;
    });

    void add(Node node, NodeBehaviour behaviour) {
        nodes.put(node.address(), node);
        behaviours.put(node.address(), behaviour);
    }

    Map<Long, Node> nodes() {
        return nodes;
    }

    void publish(ReceivedPacket packet) {
        worker.execute(() -> listeners.deliver(packet));
    }

    void publishWhenListened(ReceivedPacket packet) {
        awaitingListener.add(packet);
    }

    ListenerRegistration listen(DataFilter filter, Consumer<ReceivedPacket> listener) {
        ListenerRegistration registration = listeners.add(packet -> {
            if (filter.matches(packet)) {
                listener.accept(packet);
            }
        });
        List<ReceivedPacket> waiting = List.copyOf(awaitingListener);
        awaitingListener.removeAll(waiting);
        waiting.forEach(this::publish);
        return registration;
    }

    int listenerCount() {
        return listeners.count();
    }

    /** A downlink the gateway accepted reaches the addressed nodes, which may answer. */
    void downlink(SinkRef sink, OutgoingPacket packet) {
        behaviours.forEach((address, behaviour) -> {
            if (packet.destinationAddress() == address || packet.destinationAddress() == OutgoingPacket.BROADCAST) {
                Node node = nodes.get(address);
                behaviour.answer(packet).ifPresent(answer -> worker.schedule(() -> listeners.deliver(
                        uplink(sink, node.networkAddress(), address, packet.destinationEndpoint(),
                                packet.sourceEndpoint(), answer.payload(), node.hopCount())),
                        answer.delay().toNanos(), TimeUnit.NANOSECONDS));
            }
        });
    }

    static ReceivedPacket uplink(SinkRef sink, long networkAddress, long source, long sourceEndpoint,
            long destinationEndpoint, Bytes payload, int hopCount) {
        EventHeader header = new EventHeader(sink.gatewayId(), Optional.of(sink.sinkId()),
                ThreadLocalRandom.current().nextLong(), OptionalLong.empty());
        ReceivedDataEvent event = new ReceivedDataEvent(header, source, 1, sourceEndpoint, destinationEndpoint, 5,
                System.currentTimeMillis(), 0, Optional.of(payload), OptionalLong.empty(), OptionalLong.of(hopCount),
                OptionalLong.of(networkAddress));
        return new ReceivedPacket(sink, networkAddress, event, Instant.now());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
