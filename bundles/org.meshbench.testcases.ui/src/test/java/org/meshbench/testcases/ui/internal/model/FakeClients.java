package org.meshbench.testcases.ui.internal.model;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.Network;
import org.meshbench.network.NetworkClient;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.MqttOptions;

/**
 * A stand-in {@link NetworkClient} for the view's plain classes: it knows its broker, its
 * connection state and its networks, counts its open listeners and whether it was closed. Every
 * other method throws, so a test notices when code under test needs more of the client.
 */
public final class FakeClients {

    private FakeClients() {
    }

    /** What a fake client was told, and what it answers. */
    public static final class State {
        public final AtomicReference<ConnectionState> connection = new AtomicReference<>(ConnectionState.CONNECTED);
        public final List<Network> networks = new CopyOnWriteArrayList<>();
        public final Map<String, List<Object>> listeners = new ConcurrentHashMap<>();
        public volatile boolean closed;
        public volatile CompletableFuture<Void> connectResult = CompletableFuture.completedFuture(null);
        public volatile MqttOptions options = MqttOptions.builder().broker("tcp://127.0.0.1:1883").build();

        /** @return how many listeners of the kind are registered, e.g. {@code addConnectionListener} */
        public int listenerCount(String kind) {
            return listeners.getOrDefault(kind, List.of()).size();
        }
    }

    /**
     * @param state what the client answers
     * @return a client backed by the state
     */
    public static NetworkClient client(State state) {
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "connectionState" -> state.connection.get();
            case "mqttOptions" -> state.options;
            case "networks" -> List.copyOf(state.networks);
            case "connect" -> state.connectResult;
            case "close" -> {
                state.closed = true;
                yield null;
            }
            case "addConnectionListener", "addConfigChangeListener" -> register(state, method.getName(), args[0]);
            case "toString" -> "fake client of " + state.options.broker();
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException(method.getName() + " is not faked");
        };
        return (NetworkClient) Proxy.newProxyInstance(FakeClients.class.getClassLoader(),
                new Class<?>[] {NetworkClient.class}, handler);
    }

    private static ListenerRegistration register(State state, String kind, Object listener) {
        List<Object> registered = state.listeners.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>());
        registered.add(listener);
        return new ListenerRegistration() {
            @Override
            public long dropped() {
                return 0;
            }

            @Override
            public void close() {
                registered.remove(listener);
            }
        };
    }
}
