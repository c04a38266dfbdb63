package org.meshbench.transport.mqtt.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;
import javax.net.SocketFactory;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.meshbench.concurrent.DaemonThreadFactory;
import org.meshbench.transport.mqtt.ConnectionListener;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.DeliveryMode;
import org.meshbench.transport.mqtt.MessageHandler;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportException;

/**
 * {@link MqttTransport} on Paho's {@link MqttAsyncClient}, with in-memory persistence (no files
 * in the working directory). Owns a small dispatch pool for handlers, listeners and futures,
 * and one timer thread for reconnects; both let idle threads die. Thread-safe.
 */
final class PahoMqttTransport implements MqttTransport {
    private static final System.Logger LOG = System.getLogger(PahoMqttTransport.class.getName());
    private static final long QUIESCE_MILLIS = 1_000;
    private static final long CLOSE_TIMEOUT_MILLIS = 3_000;
    private static final long IDLE_THREAD_SECONDS = 30;

    private final MqttOptions options;
    private final MqttAsyncClient client;
    private final ThreadPoolExecutor dispatch;
    private final ScheduledThreadPoolExecutor timer;
    private final ConnectionEvents events;
    private final ConnectionSupervisor supervisor;

    PahoMqttTransport(MqttOptions options, SocketFactory socketFactory) throws MqttTransportException {
        this.options = options;
        this.client = newClient(options);
        this.dispatch = newDispatchPool(options.clientId());
        this.timer = newTimer(options.clientId());
        this.events = new ConnectionEvents(dispatch);
        SubscriptionTable subscriptions = new SubscriptionTable();
        this.supervisor = new ConnectionSupervisor(client,
                PahoConnectOptions.from(options, socketFactory), options.reconnect(),
                new Backoff(options.reconnect(), RandomGenerator.getDefault()), timer, events,
                new SubscriptionSender(client, subscriptions, dispatch));
        client.setManualAcks(options.manualAcknowledgement());
        client.setCallback(new InboundCallback(subscriptions, supervisor,
                options.manualAcknowledgement() ? client : null));
    }

    private static MqttAsyncClient newClient(MqttOptions options) throws MqttTransportException {
        try {
            return new MqttAsyncClient(options.broker().toString(), options.clientId(),
                    new MemoryPersistence());
        } catch (MqttException | IllegalArgumentException e) {
            throw new MqttTransportException("cannot create a client for " + options.broker()
                    + ": " + e.getMessage(), e);
        }
    }

    private static ThreadPoolExecutor newDispatchPool(String clientId) {
        int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, IDLE_THREAD_SECONDS,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new DaemonThreadFactory("meshbench-mqtt-dispatch-" + clientId));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static ScheduledThreadPoolExecutor newTimer(String clientId) {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1,
                new DaemonThreadFactory("meshbench-mqtt-reconnect-" + clientId));
        scheduler.setKeepAliveTime(IDLE_THREAD_SECONDS, TimeUnit.SECONDS);
        scheduler.allowCoreThreadTimeOut(true);
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }

    @Override
    public MqttOptions options() {
        return options;
    }

    @Override
    public ConnectionState state() {
        return events.state();
    }

    @Override
    public void addConnectionListener(ConnectionListener listener) {
        events.add(listener);
    }

    @Override
    public void removeConnectionListener(ConnectionListener listener) {
        events.remove(listener);
    }

    @Override
    public CompletableFuture<Void> connect() {
        return supervisor.connect();
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!supervisor.stopForDisconnect()) {
            done.complete(null);
            return done;
        }
        try {
            // Paho closes the connection whether or not the DISCONNECT went out in time.
            client.disconnect(QUIESCE_MILLIS, null, settleAlways(done));
        } catch (MqttException e) {
            LOG.log(System.Logger.Level.DEBUG, "disconnect: already disconnected", e);
            done.complete(null);
        }
        return done;
    }

    @Override
    public void abort() {
        if (supervisor.stopForDisconnect()) {
            try {
                client.disconnectForcibly(0, 0, false);
            } catch (MqttException e) {
                LOG.log(System.Logger.Level.DEBUG, "abort: connection already gone", e);
            }
        }
    }

    @Override
    public void close() {
        if (!supervisor.stopForClose()) {
            return;
        }
        disconnectBeforeClose();
        try {
            client.close(true);
        } catch (MqttException e) {
            // The client is still connecting (its CONNACK handler disconnects) or the
            // disconnect did not finish in time.
            LOG.log(System.Logger.Level.DEBUG, "close: client still busy", e);
        }
        timer.shutdownNow();
        supervisor.emitClosed(dispatch::shutdown);
    }

    private void disconnectBeforeClose() {
        if (!client.isConnected()) {
            return;
        }
        try {
            client.disconnect(QUIESCE_MILLIS).waitForCompletion(CLOSE_TIMEOUT_MILLIS);
        } catch (MqttException e) {
            LOG.log(System.Logger.Level.DEBUG, "close: clean disconnect failed", e);
        }
    }

    @Override
    public CompletableFuture<Void> publish(String topic, byte[] payload, int qos, boolean retain) {
        TopicNames.checkTopic(topic);
        TopicNames.checkQos(qos);
        Objects.requireNonNull(payload, "payload");
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            client.publish(topic, payload.clone(), qos, retain, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    Completions.complete(dispatch, done, null);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    Completions.complete(dispatch, done, publishFailure(topic, failure));
                }
            });
        } catch (MqttException e) {
            done.completeExceptionally(publishFailure(topic, e));
        }
        return done;
    }

    private static MqttTransportException publishFailure(String topic, Throwable failure) {
        return new MqttTransportException(
                "publish to " + topic + " failed: " + failure.getMessage(), failure);
    }

    @Override
    public void publishAndWait(String topic, byte[] payload, int qos, boolean retain,
            Duration timeout) throws MqttTransportException, InterruptedException {
        try {
            publish(topic, payload, qos, retain).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof MqttTransportException failure ? failure
                    : new MqttTransportException("publish to " + topic + " failed", e.getCause());
        } catch (TimeoutException e) {
            throw new MqttTransportException(
                    "publish to " + topic + " not delivered within " + timeout, e);
        }
    }

    @Override
    public CompletableFuture<Void> subscribe(String filter, int qos, MessageHandler handler,
            DeliveryMode delivery) {
        return addSubscription(filter, qos, handler, delivery, filter);
    }

    @Override
    public CompletableFuture<Void> subscribeShareable(String filter, int qos,
            MessageHandler handler, DeliveryMode delivery) {
        String wireFilter = options.sharedGroup()
                .map(group -> TopicNames.SHARE_PREFIX + group + "/" + filter)
                .orElse(filter);
        return addSubscription(filter, qos, handler, delivery, wireFilter);
    }

    private CompletableFuture<Void> addSubscription(String filter, int qos,
            MessageHandler handler, DeliveryMode delivery, String wireFilter) {
        TopicNames.checkFilter(filter);
        TopicNames.checkQos(qos);
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(delivery, "delivery");
        Subscription subscription = new Subscription(filter, wireFilter, qos, handler,
                delivery == DeliveryMode.QUEUED ? new SerialExecutor(dispatch) : null);
        supervisor.subscribe(subscription);
        return subscription.acknowledged().copy();
    }

    @Override
    public CompletableFuture<Void> unsubscribe(String filter) {
        return supervisor.unsubscribe(filter);
    }

    /** Completes the future (off Paho's thread) however the operation ended. */
    private IMqttActionListener settleAlways(CompletableFuture<Void> done) {
        return new IMqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
                Completions.complete(dispatch, done, null);
            }

            @Override
            public void onFailure(IMqttToken token, Throwable failure) {
                Completions.complete(dispatch, done, null);
            }
        };
    }
}
