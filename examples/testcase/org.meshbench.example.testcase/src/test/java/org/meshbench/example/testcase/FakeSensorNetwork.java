package org.meshbench.example.testcase;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.meshbench.network.DataFilter;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.Node;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkRef;
import org.meshbench.network.SyncGatewayServices;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.SinkReadConfig;

/**
 * Acme sensors behind one gateway, in place of a {@link NetworkClient}: each sensor answers a
 * "report now" command on the reversed endpoints after its own delay (its report is the command
 * followed by a climate reading), or never. Only what the test case uses is there; any other
 * method throws, so a test notices when the test case starts to need more.
 */
final class FakeSensorNetwork implements AutoCloseable {

    static final long NETWORK = 0x1AB2C3;
    static final SinkRef SINK = new SinkRef("gw1", "sink0");
    /** A typical reading of the example decoder's format: 21.50 °C, 45.5 %RH, 612 ppm CO2, battery 87 %. */
    private static final byte[] READING = Bytes.fromHex("010066085b640257").toByteArray();

    private final Map<Long, Optional<Duration>> sensors = new ConcurrentHashMap<>();
    private final Set<Long> unreachable = ConcurrentHashMap.newKeySet();
    private final List<Registration> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService mesh = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fake-sensors");
        thread.setDaemon(true);
        return thread;
    });

    /** A sensor the network model has seen, which reports after the delay. */
    FakeSensorNetwork sensor(long address, Duration reportsAfter) {
        sensors.put(address, Optional.of(reportsAfter));
        return this;
    }

    /** A sensor the network model has seen, which never reports. */
    FakeSensorNetwork silentSensor(long address) {
        sensors.put(address, Optional.empty());
        return this;
    }

    /** A sensor whose commands the gateway refuses. */
    FakeSensorNetwork unreachableSensor(long address, Duration reportsAfter) {
        unreachable.add(address);
        return sensor(address, reportsAfter);
    }

    int listenerCount() {
        return listeners.size();
    }

    NetworkClient client() {
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "sinks" -> List.of(new Sink(SINK, SinkReadConfig.builder(SINK.sinkId()).networkAddress(NETWORK)
                    .build(), Instant.now()));
            case "nodes" -> (long) args[0] == NETWORK ? new TreeMap<>(sensors).keySet().stream().map(this::node)
                    .toList() : List.of();
            case "node" -> (long) args[0] == NETWORK && sensors.containsKey((long) args[1])
                    ? Optional.of(node((long) args[1])) : Optional.empty();
            case "addDataListener" -> listen((DataFilter) args[0], cast(args[1]));
            case "sync" -> gateway();
            default -> throw new UnsupportedOperationException(method.getName() + " is not faked");
        };
        return (NetworkClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {NetworkClient.class}, handler);
    }

    private SyncGatewayServices gateway() {
        InvocationHandler handler = (proxy, method, args) -> {
            if (!method.getName().equals("sendData")) {
                throw new UnsupportedOperationException(method.getName() + " is not faked");
            }
            OutgoingPacket packet = (OutgoingPacket) args[1];
            if (unreachable.contains(packet.destinationAddress())) {
                throw new TimeoutException("no response from gw1");
            }
            sensors.getOrDefault(packet.destinationAddress(), Optional.empty()).ifPresent(delay -> mesh.schedule(
                    () -> report(packet), delay.toMillis(), TimeUnit.MILLISECONDS));
            return null;
        };
        return (SyncGatewayServices) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SyncGatewayServices.class}, handler);
    }

    private void report(OutgoingPacket command) {
        byte[] report = new byte[command.payload().size() + READING.length];
        System.arraycopy(command.payload().toByteArray(), 0, report, 0, command.payload().size());
        System.arraycopy(READING, 0, report, command.payload().size(), READING.length);
        EventHeader header = new EventHeader(SINK.gatewayId(), Optional.of(SINK.sinkId()),
                ThreadLocalRandom.current().nextLong(), OptionalLong.empty());
        ReceivedDataEvent event = new ReceivedDataEvent(header, command.destinationAddress(), 1,
                command.destinationEndpoint(), command.sourceEndpoint(), 20, System.currentTimeMillis(), 0,
                Optional.of(Bytes.of(report)), OptionalLong.empty(), OptionalLong.of(1), OptionalLong.of(NETWORK));
        ReceivedPacket packet = new ReceivedPacket(SINK, NETWORK, event, Instant.now());
        listeners.stream().filter(registration -> registration.filter.matches(packet))
                .forEach(registration -> registration.listener.accept(packet));
    }

    private Node node(long address) {
        Instant now = Instant.now();
        return new Node(NETWORK, address, now, now, 1, 20, 20, 1, Map.of(), SINK);
    }

    private ListenerRegistration listen(DataFilter filter, Consumer<ReceivedPacket> listener) {
        Registration registration = new Registration(filter, listener);
        listeners.add(registration);
        return registration;
    }

    @SuppressWarnings("unchecked")
    private static Consumer<ReceivedPacket> cast(Object listener) {
        return (Consumer<ReceivedPacket>) listener;
    }

    @Override
    public void close() {
        mesh.shutdownNow();
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
