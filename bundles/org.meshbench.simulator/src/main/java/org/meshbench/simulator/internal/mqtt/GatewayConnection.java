package org.meshbench.simulator.internal.mqtt;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.meshbench.simulator.GatewayBehaviour;
import org.meshbench.simulator.Publication;
import org.meshbench.transport.mqtt.ConnectionEvent;
import org.meshbench.transport.mqtt.ConnectionListener;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.transport.mqtt.ReceivedMessage;

/**
 * Connects one {@link GatewayBehaviour} to a broker: subscribes its request topics at QoS 2,
 * publishes a fresh ONLINE status after every (re)connect before anything else, publishes what the
 * behaviour returns and holds back non-retained messages while disconnected. The transport carries the OFFLINE last will.
 * Thread-safe.
 */
public final class GatewayConnection implements ConnectionListener {

    private static final System.Logger LOG = System.getLogger(GatewayConnection.class.getName());
    /** Requests arrive at this QoS, as the official gateway subscribes. */
    private static final int REQUEST_QOS = 2;
    /** Most messages held back during an outage. */
    private static final int BUFFER_CAPACITY = 100_000;
    private static final String RECEIVED_DATA = "gw-event/received_data/";

    private final GatewayBehaviour behaviour;
    private final MqttTransport transport;
    private final OutboundBuffer buffer;
    private final CompletableFuture<Void> firstOnline = new CompletableFuture<>();
    private final AtomicLong publishedPackets = new AtomicLong();
    /** Whether this connection's ONLINE status went out, so that nothing else goes out before it. */
    private volatile boolean online;

    /**
     * @param behaviour   the gateway
     * @param transport   a transport whose options carry the gateway's last will
     * @param newestFirst whether held-back messages go out newest first
     */
    public GatewayConnection(GatewayBehaviour behaviour, MqttTransport transport, boolean newestFirst) {
        this.behaviour = behaviour;
        this.transport = transport;
        this.buffer = new OutboundBuffer(BUFFER_CAPACITY, newestFirst);
        transport.addConnectionListener(this);
        for (String filter : behaviour.requestTopicFilters()) {
            transport.subscribe(filter, REQUEST_QOS, this::requestArrived);
        }
    }

    /** @return the gateway */
    public GatewayBehaviour behaviour() {
        return behaviour;
    }

    /** @return the transport */
    public MqttTransport transport() {
        return transport;
    }

    /** @return completes once the broker acknowledged the first ONLINE status */
    public CompletableFuture<Void> firstOnline() {
        return firstOnline;
    }

    /** @return how many received_data events the broker acknowledged */
    public long publishedPackets() {
        return publishedPackets.get();
    }

    /** @return how many held-back messages were dropped because the buffer was full */
    public long droppedWhileDisconnected() {
        return buffer.dropped();
    }

    @Override
    public void connectionChanged(ConnectionEvent event) {
        if (event.state() == ConnectionState.CONNECTED) {
            publish(behaviour.onlineStatus()).thenRun(() -> firstOnline.complete(null));
            buffer.drain().forEach(this::publish);
            online = true;
        } else {
            online = false;
        }
    }

    /** Lets the behaviour's time pass and publishes what it returns; retries held messages. */
    public void tick() {
        send(behaviour.tick());
        if (canPublish() && !buffer.isEmpty()) {
            buffer.drain().forEach(this::publish);
        }
    }

    /**
     * Publishes OFFLINE (retained, QoS 2) and waits for it, then disconnects cleanly and closes the
     * transport; the broker does not publish the last will.
     *
     * @param timeout longest wait for each of the two steps
     */
    public void stop(Duration timeout) {
        Publication offline = behaviour.offlineStatus();
        try {
            if (transport.state() == ConnectionState.CONNECTED) {
                transport.publishAndWait(offline.topic(), offline.payloadBytes(), offline.qos(), offline.retain(),
                        timeout);
            }
            transport.disconnect().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (MqttTransportException | ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, behaviour.gatewayId() + ": clean stop incomplete: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            transport.close();
        }
    }

    private void requestArrived(ReceivedMessage message) {
        send(behaviour.handleRequest(message.topic(), message.payload()));
    }

    private void send(List<Publication> publications) {
        for (Publication publication : publications) {
            if (canPublish()) {
                publish(publication);
            } else if (!publication.retain()) {
                buffer.hold(publication);
            }
        }
    }

    private boolean canPublish() {
        return online && transport.state() == ConnectionState.CONNECTED;
    }

    /** A failed publish is held back; a retained status is not, since every connect sends a fresh one. */
    private CompletableFuture<Void> publish(Publication publication) {
        CompletableFuture<Void> done = transport.publish(publication.topic(), publication.payloadBytes(),
                publication.qos(), publication.retain());
        done.whenComplete((ignored, failure) -> {
            if (failure != null && !publication.retain()) {
                buffer.hold(publication);
            } else if (failure == null && publication.topic().startsWith(RECEIVED_DATA)) {
                publishedPackets.incrementAndGet();
            }
        });
        return done;
    }
}
