package org.meshbench.broker;

import java.net.URI;
import org.meshbench.broker.internal.MoquetteBroker;

/**
 * An MQTT 3.1.1 broker running inside this JVM, for a workbench that must work with nothing installed.
 * It supports QoS 0, 1 and 2, retained messages, last wills and sessions that survive a reconnect
 * ({@code cleanSession=false}). All state is kept in memory and lost on {@link #close()}; the broker
 * writes no files and sends nothing anywhere but to its clients.
 *
 * <p>Differences from Mosquitto that clients may notice: a retained message published with QoS 0 is not
 * kept (it only clears the previous one, which MQTT 3.1.1 allows); a retained message sent to a new
 * subscriber at QoS 1 or 2 arrives without the retain flag; the retain flag of a last will is ignored, so
 * a will reaches the clients subscribed when it fires but is not kept as retained; a SUBSCRIBE sent the
 * instant the CONNACK arrives is, rarely, answered by a disconnect, because Moquette marks the connection
 * ready on another thread after writing the CONNACK (clients that reconnect and subscribe again recover);
 * MQTT 5 clients are refused.
 *
 * <p>Implementations are thread-safe.
 */
public interface EmbeddedBroker extends AutoCloseable {

    /**
     * Starts a broker and returns once it accepts connections.
     *
     * @param options where to listen and whom to let in
     * @return the running broker; close it to stop it
     * @throws BrokerStartException if the port is taken, the TLS material or the password file is
     *             unusable, or the broker cannot bind for another reason
     */
    static EmbeddedBroker start(BrokerOptions options) throws BrokerStartException {
        return MoquetteBroker.start(options);
    }

    /** @return the port the broker listens on, also when {@link BrokerOptions#ANY_FREE_PORT} was asked for */
    int port();

    /** @return {@code true} when the broker speaks MQTT over TLS */
    boolean isTls();

    /** @return the address to give MQTT clients, {@code tcp://127.0.0.1:PORT} or {@code ssl://127.0.0.1:PORT} */
    URI url();

    /**
     * Stops the broker, disconnects its clients and frees the port; returns when the port is free.
     * Calling it again does nothing.
     */
    @Override
    void close();
}
