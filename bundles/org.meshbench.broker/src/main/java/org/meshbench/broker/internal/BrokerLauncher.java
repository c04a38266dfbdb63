package org.meshbench.broker.internal;

import io.moquette.broker.ISslContextCreator;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.AcceptAllAuthenticator;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.PermitAllAuthorizatorPolicy;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.util.List;
import org.meshbench.broker.BrokerOptions;
import org.meshbench.broker.BrokerStartException;
import org.meshbench.broker.BrokerStartException.Reason;

/**
 * Starts Moquette with the options' port, or with a free one, and leaves nothing running when it fails.
 * The TLS material and the password file are read before any socket is opened.
 */
final class BrokerLauncher {

    /** Another process may take a free port between our probe and Moquette's bind; then we pick again. */
    private static final int FREE_PORT_ATTEMPTS = 3;

    /** A running server and the port it listens on. */
    record Launched(Server server, int port) {
    }

    private final BrokerOptions options;
    private final IAuthenticator authenticator;
    private final ISslContextCreator sslContextCreator;

    private BrokerLauncher(BrokerOptions options, IAuthenticator authenticator, SslContext sslContext) {
        this.options = options;
        this.authenticator = authenticator;
        this.sslContextCreator = sslContext == null ? null : () -> sslContext;
    }

    static BrokerLauncher prepare(BrokerOptions options) throws BrokerStartException {
        MoquetteLogging.keepInfoQuiet();
        IAuthenticator authenticator = options.passwordFile().isPresent()
                ? new PasswordFileAuthenticator(PasswordFile.read(options.passwordFile().get()))
                : new AcceptAllAuthenticator();
        SslContext sslContext = options.tls().isPresent() ? ServerSslContext.build(options.tls().get()) : null;
        return new BrokerLauncher(options, authenticator, sslContext);
    }

    Launched launch() throws BrokerStartException {
        if (options.port() != BrokerOptions.ANY_FREE_PORT) {
            return new Launched(startOn(options.port()), options.port());
        }
        BrokerStartException lostRace = null;
        for (int attempt = 0; attempt < FREE_PORT_ATTEMPTS; attempt++) {
            int port = FreePort.pick(options.bindAddress());
            try {
                return new Launched(startOn(port), port);
            } catch (BrokerStartException e) {
                if (e.reason() != Reason.PORT_IN_USE) {
                    throw e;
                }
                lostRace = e;
            }
        }
        throw lostRace;
    }

    private Server startOn(int port) throws BrokerStartException {
        Server server = new Server();
        MemoryConfig config = new MemoryConfig(MoquetteSettings.of(options, port));
        try {
            server.startServer(config, List.of(), sslContextCreator, authenticator, new PermitAllAuthorizatorPolicy());
            return server;
        } catch (IOException | RuntimeException e) {
            stopAfterFailure(server, e);
            throw StartFailure.of(e, options.bindAddress(), port);
        }
    }

    /** Moquette leaves its thread pools running when a bind fails; stopping the server ends them. */
    private static void stopAfterFailure(Server server, Exception failure) {
        try {
            server.stopServer();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
