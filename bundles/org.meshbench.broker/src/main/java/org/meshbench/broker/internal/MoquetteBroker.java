package org.meshbench.broker.internal;

import io.moquette.broker.Server;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.meshbench.broker.BrokerOptions;
import org.meshbench.broker.BrokerStartException;
import org.meshbench.broker.EmbeddedBroker;

/** A started Moquette server and where it listens. */
public final class MoquetteBroker implements EmbeddedBroker {

    private final Server server;
    private final int port;
    private final boolean tls;
    private final URI url;
    private final AtomicBoolean closed = new AtomicBoolean();

    private MoquetteBroker(Server server, BrokerOptions options, int port) {
        this.server = server;
        this.port = port;
        this.tls = options.tls().isPresent();
        this.url = url(tls ? "ssl" : "tcp", options.bindAddress(), port);
    }

    /**
     * @param options where to listen and whom to let in
     * @return the running broker
     * @throws BrokerStartException if the broker could not start; nothing is left running then
     */
    public static EmbeddedBroker start(BrokerOptions options) throws BrokerStartException {
        BrokerLauncher.Launched launched = BrokerLauncher.prepare(options).launch();
        return new MoquetteBroker(launched.server(), options, launched.port());
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public boolean isTls() {
        return tls;
    }

    @Override
    public URI url() {
        return url;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            // Returns after Netty's event loops, and with them the listening socket, have shut down.
            server.stopServer();
        }
    }

    @Override
    public String toString() {
        return "EmbeddedBroker[" + url + (closed.get() ? ", closed]" : "]");
    }

    private static URI url(String scheme, InetAddress bindAddress, int port) {
        // A wildcard address is no address to dial; loopback reaches such a broker from this host.
        InetAddress host = bindAddress.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bindAddress;
        try {
            return new URI(scheme, null, host.getHostAddress(), port, null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("An IP address and a port always make a URI", e);
        }
    }
}
