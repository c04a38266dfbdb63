package org.meshbench.transport.mqtt.internal.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbench.transport.mqtt.TlsOptions;
import org.meshbench.transport.mqtt.TlsVersion;
import org.meshbench.testing.mosquitto.TestPki;

/** Our sockets have TCP_NODELAY and the chosen TLS versions; bad TLS files fail early. */
class SocketFactoriesTest {
    @TempDir
    static Path dir;
    private static TestPki pki;
    private ServerSocket server;

    @BeforeAll
    static void makePki() throws Exception {
        pki = TestPki.create(dir);
    }

    @BeforeEach
    void listen() throws Exception {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void close() throws Exception {
        server.close();
    }

    @Test
    void plainSocketsHaveTcpNoDelay() throws Exception {
        SocketFactory factory = new NoDelaySocketFactory(SocketFactory.getDefault());
        try (Socket unconnected = factory.createSocket();
                Socket connected = factory.createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            unconnected.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()));
            assertTrue(unconnected.getTcpNoDelay());
            assertTrue(connected.getTcpNoDelay());
        }
    }

    @Test
    void tlsSocketsHaveTcpNoDelayAndOnlyTheChosenVersion() throws Exception {
        SSLSocketFactory factory = SslSocketFactories.create(TlsOptions.defaults()
                .withCaFile(pki.caCertificate())
                .withClientCertificate(pki.clientCertificate(), pki.clientKey())
                .withVersion(TlsVersion.TLS_1_2));
        try (SSLSocket socket = (SSLSocket) factory.createSocket();
                Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                SSLSocket layered = (SSLSocket) factory.createSocket(plain, "localhost", server.getLocalPort(), true)) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()));
            assertTrue(socket.getTcpNoDelay());
            assertArrayEquals(new String[] {"TLSv1.2"}, socket.getEnabledProtocols());
            assertTrue(layered.getTcpNoDelay());
            assertArrayEquals(new String[] {"TLSv1.2"}, layered.getEnabledProtocols());
        }
    }

    @Test
    void aKeyOfAnotherCertificateIsRefused() {
        GeneralSecurityException error = assertThrows(GeneralSecurityException.class,
                () -> SslSocketFactories.create(TlsOptions.defaults()
                        .withClientCertificate(pki.clientCertificate(), pki.serverKey())));

        assertTrue(error.getMessage().contains("does not belong"), error.getMessage());
    }

    @Test
    void aCaFileWithoutCertificatesIsRefused() {
        assertThrows(GeneralSecurityException.class, () -> SslSocketFactories.create(
                TlsOptions.defaults().withCaFile(pki.serverKey())));
    }
}
