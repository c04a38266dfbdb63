package org.meshbench.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.meshbench.broker.BrokerStartException.Reason;
import org.meshbench.testing.mosquitto.TestPki;

/** MQTT over TLS with a server certificate from a test CA, read from PKCS#12 or PEM files. */
@Timeout(60)
class TlsTest {

    @TempDir
    static Path directory;

    private static TestPki pki;

    @BeforeAll
    static void createCertificates() throws Exception {
        pki = TestPki.create(directory);
    }

    @Test
    void aClientThatTrustsTheCaTalksToAPkcs12Broker() throws Exception {
        assertTlsWorks(TlsIdentity.pkcs12(pki.serverKeyStore(), TestPki.PASSWORD));
    }

    @Test
    void aClientThatTrustsTheCaTalksToAPemBroker() throws Exception {
        assertTlsWorks(TlsIdentity.pem(pki.serverChain(), pki.serverKey()));
    }

    @Test
    void aClientThatDoesNotTrustTheCaIsTurnedAway() throws Exception {
        BrokerOptions options = BrokerOptions.builder().tls(TlsIdentity.pem(pki.serverChain(), pki.serverKey()))
                .build();
        try (EmbeddedBroker broker = EmbeddedBroker.start(options)) {
            // The JVM's default trust store does not know the test CA.
            assertThrows(MqttException.class, () -> TestClient.connect(broker, "untrusting").close());
        }
    }

    @Test
    void badTlsMaterialStopsTheStart() throws Exception {
        Path garbage = Files.writeString(directory.resolve("garbage.pem"), "not a certificate");
        assertTlsMaterialRefused(TlsIdentity.pem(garbage, pki.serverKey()), "no PEM certificate");
        assertTlsMaterialRefused(TlsIdentity.pem(pki.serverChain(), garbage), "no PEM private key");
        assertTlsMaterialRefused(TlsIdentity.pem(pki.serverChain(), directory.resolve("missing.pem")), "missing");
        assertTlsMaterialRefused(TlsIdentity.pkcs12(pki.serverKeyStore(), "wrong".toCharArray()), "wrong password");
        assertTlsMaterialRefused(TlsIdentity.pkcs12(pki.serverChain(), TestPki.PASSWORD), "PKCS#12");
    }

    @Test
    void aKeyOfAnotherCertificateStopsTheStart() {
        assertTlsMaterialRefused(TlsIdentity.pem(pki.serverChain(), pki.caKey()), "does not belong");
    }

    private static void assertTlsWorks(TlsIdentity identity) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(BrokerOptions.builder().tls(identity).build())) {
            assertTrue(broker.isTls());
            assertEquals(URI.create("ssl://127.0.0.1:" + broker.port()), broker.url());
            MqttConnectOptions options = TestClient.options(true);
            options.setSocketFactory(trustingTheCa());
            try (TestClient client = TestClient.connect(broker, "tls-client", options)) {
                client.subscribe("gw-event/status/tls", 1);
                client.publish("gw-event/status/tls", "ONLINE over TLS", 1, false);
                assertEquals("ONLINE over TLS", client.next().text());
            }
        }
    }

    private static SSLSocketFactory trustingTheCa() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(pki.caCertificate())) {
            trusted.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }

    private static void assertTlsMaterialRefused(TlsIdentity identity, String expectedInMessage) {
        BrokerOptions options = BrokerOptions.builder().tls(identity).build();
        BrokerStartException failure = assertThrows(BrokerStartException.class,
                () -> EmbeddedBroker.start(options).close());
        assertEquals(Reason.TLS_MATERIAL, failure.reason(), failure.getMessage());
        assertTrue(failure.getMessage().contains(expectedInMessage), failure.getMessage());
    }
}
