package org.meshbench.transport.mqtt.internal.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import javax.net.SocketFactory;

/**
 * Plain socket factory that turns Nagle's algorithm off (TCP_NODELAY). Small MQTT packets,
 * such as a request and its PUBACK, otherwise wait for delayed ACKs and a round trip costs
 * tens of milliseconds. Paho reads and writes its socket unbuffered, so nothing is lost.
 */
public final class NoDelaySocketFactory extends SocketFactory {
    private final SocketFactory delegate;

    /** @param delegate the factory that creates the sockets */
    public NoDelaySocketFactory(SocketFactory delegate) {
        this.delegate = delegate;
    }

    static <S extends Socket> S noDelay(S socket) throws SocketException {
        socket.setTcpNoDelay(true);
        return socket;
    }

    @Override
    public Socket createSocket() throws IOException {
        return noDelay(delegate.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return noDelay(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
            throws IOException {
        return noDelay(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return noDelay(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress,
            int localPort) throws IOException {
        return noDelay(delegate.createSocket(address, port, localAddress, localPort));
    }
}
