package org.meshbench.transport.mqtt.internal.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * TLS socket factory that sets TCP_NODELAY (see {@link NoDelaySocketFactory}) and enables
 * only the chosen TLS protocol versions on every socket it creates.
 */
public final class NoDelaySslSocketFactory extends SSLSocketFactory {
    private final SSLSocketFactory delegate;
    private final String[] protocols;

    /**
     * @param delegate the factory of an initialized SSLContext
     * @param protocols JSSE protocol names to enable, e.g. {@code TLSv1.2}
     */
    public NoDelaySslSocketFactory(SSLSocketFactory delegate, List<String> protocols) {
        this.delegate = delegate;
        this.protocols = protocols.toArray(String[]::new);
    }

    private Socket configure(Socket socket) throws IOException {
        NoDelaySocketFactory.noDelay(socket);
        if (socket instanceof SSLSocket ssl) {
            ssl.setEnabledProtocols(protocols);
        }
        return socket;
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket() throws IOException {
        return configure(delegate.createSocket());
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose)
            throws IOException {
        return configure(delegate.createSocket(socket, host, port, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return configure(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
            throws IOException {
        return configure(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return configure(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress,
            int localPort) throws IOException {
        return configure(delegate.createSocket(address, port, localAddress, localPort));
    }
}
