package org.meshbench.transport.mqtt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meshbench.transport.mqtt.ConnectionError;
import org.meshbench.transport.mqtt.ConnectionErrorKind;

class ConnectionErrorsTest {

    @ParameterizedTest(name = "CONNACK {0}, credentials {1} -> {2}")
    @CsvSource({
        "1, false, PROTOCOL",
        "2, false, PROTOCOL",
        "3, false, CONNECTION_REFUSED",
        "4, true, BAD_CREDENTIALS",
        "5, false, NOT_AUTHORIZED",
        "5, true, BAD_CREDENTIALS",
    })
    void connackCodesOfAFailedConnect(int code, boolean credentials, ConnectionErrorKind kind) {
        ConnectionError error = ConnectionErrors.ofConnectFailure(new MqttException(code), credentials);

        assertEquals(kind, error.kind());
        assertTrue(error.message().contains("CONNACK") || code < 4, error.message());
    }

    @Test
    void networkCausesOfAFailedConnect() {
        assertKind(ConnectionErrorKind.CONNECTION_REFUSED, ConnectionErrors.ofConnectFailure(
                new MqttException(MqttException.REASON_CODE_SERVER_CONNECT_ERROR,
                        new ConnectException("Connection refused")), false));
        assertKind(ConnectionErrorKind.TIMEOUT, ConnectionErrors.ofConnectFailure(
                new MqttException(new SocketTimeoutException("connect timed out")), false));
        assertKind(ConnectionErrorKind.TIMEOUT, ConnectionErrors.ofConnectFailure(
                new MqttException(MqttException.REASON_CODE_CLIENT_TIMEOUT), false));
        assertKind(ConnectionErrorKind.UNKNOWN, ConnectionErrors.ofConnectFailure(
                new IllegalStateException("odd"), false));
    }

    @Test
    void unknownHostNamesTheHost() {
        ConnectionError error = ConnectionErrors.ofConnectFailure(
                new MqttException(new UnknownHostException("broker.invalid")), false);

        assertKind(ConnectionErrorKind.UNKNOWN_HOST, error);
        assertTrue(error.message().contains("broker.invalid"), error.message());
    }

    @Test
    void tlsFailuresKeepTheCauseMessage() {
        ConnectionError handshake = ConnectionErrors.ofConnectFailure(new MqttException(
                new SSLHandshakeException("PKIX path building failed")), false);
        ConnectionError certificate = ConnectionErrors.ofConnectFailure(
                new MqttException(new CertificateException("expired")), false);

        assertKind(ConnectionErrorKind.TLS_FAILURE, handshake);
        assertTrue(handshake.message().contains("PKIX path building failed"), handshake.message());
        assertKind(ConnectionErrorKind.TLS_FAILURE, certificate);
        assertTrue(certificate.message().contains("expired"), certificate.message());
    }

    @Test
    void aLostConnectionIsConnectionLostWithItsCause() {
        ConnectionError error = ConnectionErrors.ofConnectionLoss(new MqttException(
                MqttException.REASON_CODE_CONNECTION_LOST, new EOFException()));

        assertKind(ConnectionErrorKind.CONNECTION_LOST, error);
        assertEquals("Connection lost: EOFException", error.message());
        assertKind(ConnectionErrorKind.CONNECTION_LOST, ConnectionErrors.ofConnectionLoss(
                new MqttException(MqttException.REASON_CODE_CONNECTION_LOST,
                        new SocketException("Connection reset"))));
    }

    @Test
    void aMissedKeepAliveIsATimeout() {
        ConnectionError error = ConnectionErrors.ofConnectionLoss(
                new MqttException(MqttException.REASON_CODE_CLIENT_TIMEOUT));

        assertKind(ConnectionErrorKind.TIMEOUT, error);
        assertTrue(error.message().contains("keep-alive"), error.message());
    }

    @Test
    void connackCodesAreNeverAppliedToALostConnection() {
        // The Python library maps disconnect codes through its CONNACK table; 4 and 5 must
        // not turn into credential errors here.
        assertKind(ConnectionErrorKind.UNKNOWN, ConnectionErrors.ofConnectionLoss(
                new MqttException(MqttException.REASON_CODE_FAILED_AUTHENTICATION)));
        assertKind(ConnectionErrorKind.UNKNOWN, ConnectionErrors.ofConnectionLoss(
                new MqttException(MqttException.REASON_CODE_NOT_AUTHORIZED)));
    }

    @Test
    void tlsErrorsDuringASessionAreTlsFailures() {
        assertKind(ConnectionErrorKind.TLS_FAILURE, ConnectionErrors.ofConnectionLoss(
                new MqttException(MqttException.REASON_CODE_CONNECTION_LOST,
                        new javax.net.ssl.SSLException("Received fatal alert: certificate_required"))));
    }

    private static void assertKind(ConnectionErrorKind kind, ConnectionError error) {
        assertEquals(kind, error.kind(), error.message());
    }
}
