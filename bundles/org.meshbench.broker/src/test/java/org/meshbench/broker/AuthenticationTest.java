package org.meshbench.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.meshbench.broker.BrokerStartException.Reason;

/** A broker with a password file lets in its users only; without one it lets in everybody. */
@Timeout(60)
class AuthenticationTest {

    /** Written by mosquitto_passwd 2.0.11 for the password {@code wirepas-secret}. */
    private static final String GATEWAY_HASH = "$7$101$v9VL+nvBBrpLH8om$mlCNCQutTNordOt3F7XiR+5+pjejb86AWdzNox241xQyg"
            + "I7CLTTKls9e+PSWRuvu1AUm3LhpB7RCKG7Q/uFeVQ==";

    @TempDir
    static Path directory;

    private static EmbeddedBroker broker;

    @BeforeAll
    static void startBroker() throws IOException, BrokerStartException {
        Path passwords = Files.writeString(directory.resolve("passwd"), """
                # users of the authentication test
                gateway:%s
                backend:plain:text password
                """.formatted(GATEWAY_HASH));
        broker = EmbeddedBroker.start(BrokerOptions.builder().passwordFile(passwords).build());
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void usersOfTheFileLogInWithHashedOrPlainPasswords() throws MqttException {
        try (TestClient gateway = TestClient.connect(broker, "gw", login("gateway", "wirepas-secret"));
                TestClient backend = TestClient.connect(broker, "be", login("backend", "plain:text password"))) {
            assertTrue(gateway.isConnected());
            assertTrue(backend.isConnected());
        }
    }

    @Test
    void aPasswordFileTurnsAnonymousAccessOff() {
        assertFalse(BrokerOptions.builder().passwordFile(directory.resolve("passwd")).build().anonymousAllowed());
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertRefused(login("gateway", "wirepas-secreT"));
        assertRefused(login("backend", "plain:text"));
        assertRefused(login("nobody", "wirepas-secret"));
    }

    @Test
    void aClientWithoutCredentialsIsRefused() {
        assertRefused(TestClient.options(true));
        MqttConnectOptions userWithoutPassword = TestClient.options(true);
        userWithoutPassword.setUserName("gateway");
        assertRefused(userWithoutPassword);
    }

    @Test
    void withoutAPasswordFileAnyoneMayConnect() throws Exception {
        BrokerOptions open = BrokerOptions.builder().build();
        assertTrue(open.anonymousAllowed());
        try (EmbeddedBroker openBroker = EmbeddedBroker.start(open);
                TestClient anonymous = TestClient.connect(openBroker, "anonymous");
                TestClient withAnyLogin = TestClient.connect(openBroker, "any", login("who", "ever"))) {
            assertTrue(anonymous.isConnected());
            assertTrue(withAnyLogin.isConnected());
        }
    }

    @Test
    void anUnreadablePasswordFileStopsTheStart() {
        BrokerOptions missing = BrokerOptions.builder().passwordFile(directory.resolve("missing")).build();
        BrokerStartException failure = assertThrows(BrokerStartException.class, () -> EmbeddedBroker.start(missing));
        assertEquals(Reason.PASSWORD_FILE, failure.reason());
        assertTrue(failure.getMessage().contains("missing"), failure.getMessage());
    }

    @Test
    void aMalformedEntryIsReportedWithItsLine() throws IOException {
        Path broken = Files.writeString(directory.resolve("broken"), "gateway:secret\n\nno colon here\n");
        BrokerOptions options = BrokerOptions.builder().passwordFile(broken).build();
        BrokerStartException failure = assertThrows(BrokerStartException.class, () -> EmbeddedBroker.start(options));
        assertEquals(Reason.PASSWORD_FILE, failure.reason());
        assertTrue(failure.getMessage().contains("line 3"), failure.getMessage());
    }

    private static MqttConnectOptions login(String user, String password) {
        MqttConnectOptions options = TestClient.options(true);
        options.setUserName(user);
        options.setPassword(password.toCharArray());
        return options;
    }

    private static void assertRefused(MqttConnectOptions options) {
        MqttException refusal = assertThrows(MqttException.class,
                () -> TestClient.connect(broker, "refused", options).close());
        assertEquals(MqttException.REASON_CODE_FAILED_AUTHENTICATION, refusal.getReasonCode());
    }
}
