package org.meshbench.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.testing.mosquitto.BrokerListener;
import org.meshbench.testing.MinimalGateway;
import org.meshbench.testing.mosquitto.MosquittoBroker;
import org.meshbench.testing.mosquitto.TempDirectories;
import org.meshbench.testing.TestConnections;
import org.meshbench.testing.mosquitto.TestPki;
import org.meshbench.testing.Waits;
import org.meshbench.transport.mqtt.ConnectionErrorKind;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttOptionsBuilder;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.transport.mqtt.TlsOptions;

/** A broker that wants a password on its plain listener and a client certificate on its TLS listener. */
class SecurityTest {
    private static final int MUTUAL_TLS = 1;
    private static Path pkiDir;
    private static TestPki pki;
    private static NetworkFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        pkiDir = Files.createTempDirectory("network-pki");
        pki = TestPki.create(pkiDir);
        fixture = new NetworkFixture(MosquittoBroker.builder().allowAnonymous(false).user("gateway", "gw-secret")
                .user("backend", "be-secret")
                .listener(BrokerListener.tls(pki, pki.serverCertificate(), pki.serverKey(), true)).start());
        fixture.keep(MinimalGateway.builder("gw-a").sink(NetworkFixture.sink("sink0", 7, 1))
                .start(TestConnections.plain(fixture.broker().port()).credentials("gateway",
                        "gw-secret".toCharArray())));
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
        TempDirectories.deleteRecursively(pkiDir);
    }

    private static MqttOptionsBuilder mutualTls() {
        return MqttOptions.builder().host("127.0.0.1").port(fixture.broker().port(MUTUAL_TLS))
                .credentials("backend", "be-secret".toCharArray()).connectTimeout(Duration.ofSeconds(5))
                .tls(TlsOptions.defaults().withCaFile(pki.caCertificate())
                        .withClientCertificate(pki.clientCertificate(), pki.clientKey()));
    }

    @Test
    void worksOverTlsWithATestCaAndAClientCertificate() throws Exception {
        NetworkClient client = fixture.client(mutualTls(), NetworkFixture.options().build());
        NetworkFixture.awaitOnline(client, "gw-a");
        client.sync().sendData(new SinkRef("gw-a", "sink0"), OutgoingPacket.to(1, 1, 1, Bytes.fromHex("aa")));
    }

    @Test
    void aWrongPasswordFailsTheConnectWithBadCredentials() throws Exception {
        NetworkClient client = fixture.keep(NetworkFixture.factory().open(TestConnections
                .plain(fixture.broker().port()).credentials("backend", "wrong".toCharArray()).build()));
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> client.connect().get(Waits.WAIT.toMillis(), TimeUnit.MILLISECONDS));
        MqttTransportException cause = assertInstanceOf(MqttTransportException.class, failure.getCause());
        assertEquals(ConnectionErrorKind.BAD_CREDENTIALS, cause.connectionError().orElseThrow().kind());
    }
}
