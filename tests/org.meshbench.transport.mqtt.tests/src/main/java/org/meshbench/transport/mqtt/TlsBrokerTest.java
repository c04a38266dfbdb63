package org.meshbench.transport.mqtt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.transport.mqtt.testsupport.TestTransports.WAIT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meshbench.testing.mosquitto.BrokerListener;
import org.meshbench.transport.mqtt.testsupport.MessageRecorder;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.testing.mosquitto.TestPki;
import org.meshbench.transport.mqtt.testsupport.TestTransports;

/** TLS with a custom CA, client certificates and host name checks, against Mosquitto. */
class TlsBrokerTest {
    private static final int TLS = 1;
    private static final int MUTUAL_TLS = 2;
    private static final int WRONG_NAME = 3;

    private static Path pkiDir;
    private static TestPki pki;
    private static MosquittoBroker broker;
    private final TestTransports transports = new TestTransports();

    @BeforeAll
    static void startBroker() throws Exception {
        pkiDir = Files.createTempDirectory("tls-test");
        pki = TestPki.create(pkiDir);
        broker = MosquittoBroker.builder()
                .listener(BrokerListener.tls(pki, pki.serverCertificate(), pki.serverKey(), false))
                .listener(BrokerListener.tls(pki, pki.serverCertificate(), pki.serverKey(), true))
                .listener(BrokerListener.tls(pki, pki.wrongNameCertificate(), pki.wrongNameKey(), false))
                .start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
        try (var files = Files.list(pkiDir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(pkiDir);
    }

    @AfterEach
    void closeTransports() {
        transports.close();
    }

    private static MqttOptionsBuilder tls(int listener, TlsOptions tls) {
        return MqttOptions.builder().host("127.0.0.1").port(broker.port(listener)).tls(tls)
                .connectTimeout(Duration.ofSeconds(5));
    }

    @Test
    void customCaConnectsAndCarriesMessages() throws Exception {
        MqttTransport transport = transports.connected(
                tls(TLS, TlsOptions.defaults().withCaFile(pki.caCertificate())));
        MessageRecorder received = new MessageRecorder();
        transport.subscribe("test/tls", 1, received).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        transport.publishAndWait("test/tls", new byte[] {42}, 1, false, WAIT);

        assertArrayEquals(new byte[] {42}, received.next(WAIT).payload());
    }

    @Test
    void clientCertificateIsAcceptedWhereRequired() throws Exception {
        MqttTransport transport = transports.connected(tls(MUTUAL_TLS, TlsOptions.defaults()
                .withCaFile(pki.caCertificate())
                .withClientCertificate(pki.clientCertificate(), pki.clientKey())));

        assertEquals(ConnectionState.CONNECTED, transport.state());
    }

    @Test
    void missingClientCertificateIsATlsFailure() throws Exception {
        assertTlsFailure(tls(MUTUAL_TLS, TlsOptions.defaults().withCaFile(pki.caCertificate())));
    }

    @Test
    void wrongCaIsATlsFailure() throws Exception {
        ConnectionError error =
                assertTlsFailure(tls(TLS, TlsOptions.defaults().withCaFile(pki.otherCaCertificate())));
        assertEquals(ConnectionErrorKind.TLS_FAILURE, error.kind());
    }

    @Test
    void systemCasDoNotTrustTheTestBroker() throws Exception {
        assertTlsFailure(tls(TLS, TlsOptions.defaults()));
    }

    @Test
    void certificateForAnotherHostIsATlsFailure() throws Exception {
        assertTlsFailure(tls(WRONG_NAME, TlsOptions.defaults().withCaFile(pki.caCertificate())));
    }

    @Test
    void allowUntrustedSkipsOnlyTheHostNameCheck() throws Exception {
        MqttTransport transport = transports.connected(tls(WRONG_NAME, TlsOptions.defaults()
                .withCaFile(pki.caCertificate()).withHostnameVerification(false)));

        assertEquals(ConnectionState.CONNECTED, transport.state());
    }

    @Test
    void tls12CanBePinned() throws Exception {
        MqttTransport transport = transports.connected(tls(TLS, TlsOptions.defaults()
                .withCaFile(pki.caCertificate()).withVersion(TlsVersion.TLS_1_2)));

        assertEquals(ConnectionState.CONNECTED, transport.state());
    }

    @Test
    void brokenTlsFilesFailWhenTheTransportIsCreated() {
        MqttOptions options = tls(TLS, TlsOptions.defaults().withCaFile(pki.clientKey())).build();

        MqttTransportException error = assertThrows(MqttTransportException.class,
                () -> MqttTransportFactory.standard().create(options));
        assertTrue(error.getMessage().startsWith("TLS setup failed"), error.getMessage());
    }

    private ConnectionError assertTlsFailure(MqttOptionsBuilder options) throws Exception {
        MqttTransport transport = transports.create(options);
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> transport.connect().get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        MqttTransportException cause = assertInstanceOf(MqttTransportException.class, failure.getCause());
        ConnectionError error = cause.connectionError().orElseThrow();
        assertEquals(ConnectionErrorKind.TLS_FAILURE, error.kind(), error.message());
        return error;
    }
}
