package org.meshbench.transport.mqtt.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.meshbench.transport.mqtt.ConnectionError;
import org.meshbench.transport.mqtt.ConnectionErrorKind;

/**
 * Maps Paho failures to {@link ConnectionError}s. A failed connect and a lost connection are
 * mapped separately: CONNACK return codes exist only for the former, so a lost connection is
 * never reported as, say, bad credentials.
 *
 * <p>CONNACK 5 (not authorized) after sending a user name is reported as bad credentials:
 * Mosquitto, the usual broker, answers a wrong password with 5 rather than 4 under MQTT 3.1.1.
 * The message keeps the broker's code.
 */
public final class ConnectionErrors {

    private ConnectionErrors() {
    }

    /**
     * @param failure why a connection attempt failed (a Paho {@link MqttException} or an
     *            exception of its network layer)
     * @param sentCredentials whether the CONNECT carried a user name
     * @return the error to report
     */
    public static ConnectionError ofConnectFailure(Throwable failure, boolean sentCredentials) {
        int reason = failure instanceof MqttException e ? e.getReasonCode() : -1;
        return switch (reason) {
            case MqttException.REASON_CODE_INVALID_PROTOCOL_VERSION ->
                error(ConnectionErrorKind.PROTOCOL, "broker refused MQTT protocol version 3.1.1");
            case MqttException.REASON_CODE_INVALID_CLIENT_ID ->
                error(ConnectionErrorKind.PROTOCOL, "broker rejected the client id");
            case MqttException.REASON_CODE_BROKER_UNAVAILABLE ->
                error(ConnectionErrorKind.CONNECTION_REFUSED, "broker unavailable");
            case MqttException.REASON_CODE_FAILED_AUTHENTICATION ->
                error(ConnectionErrorKind.BAD_CREDENTIALS, "bad user name or password (CONNACK 4)");
            case MqttException.REASON_CODE_NOT_AUTHORIZED -> sentCredentials
                ? error(ConnectionErrorKind.BAD_CREDENTIALS,
                        "broker refused the user name or password (CONNACK 5, not authorized)")
                : error(ConnectionErrorKind.NOT_AUTHORIZED,
                        "not authorized to connect without a user name (CONNACK 5)");
            default -> fromCause(failure).orElseGet(() -> fromClientReason(reason, failure,
                    "no answer from the broker within the connect timeout"));
        };
    }

    /**
     * @param cause why an established connection broke, as given to Paho's connectionLost
     * @return the error to report
     */
    public static ConnectionError ofConnectionLoss(Throwable cause) {
        int reason = cause instanceof MqttException e ? e.getReasonCode() : -1;
        return fromCause(cause).orElseGet(() -> fromClientReason(reason, cause,
                "the broker stopped answering keep-alive pings"));
    }

    private static ConnectionError fromClientReason(int reason, Throwable failure,
            String timeoutMessage) {
        return switch (reason) {
            case MqttException.REASON_CODE_CLIENT_TIMEOUT ->
                error(ConnectionErrorKind.TIMEOUT, timeoutMessage);
            case MqttException.REASON_CODE_CONNECTION_LOST ->
                error(ConnectionErrorKind.CONNECTION_LOST, describe(failure));
            case MqttException.REASON_CODE_INVALID_MESSAGE ->
                error(ConnectionErrorKind.PROTOCOL, describe(failure));
            default -> error(ConnectionErrorKind.UNKNOWN, describe(failure));
        };
    }

    /** Classifies by the network-level exception somewhere in the cause chain. */
    private static Optional<ConnectionError> fromCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return Optional.of(error(ConnectionErrorKind.UNKNOWN_HOST,
                        "unknown host " + t.getMessage()));
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return Optional.of(error(ConnectionErrorKind.CONNECTION_REFUSED, messageOf(t)));
            }
            if (t instanceof SocketTimeoutException) {
                return Optional.of(error(ConnectionErrorKind.TIMEOUT, messageOf(t)));
            }
            if (t instanceof SSLException || t instanceof GeneralSecurityException) {
                return Optional.of(error(ConnectionErrorKind.TLS_FAILURE, messageOf(t)));
            }
        }
        return Optional.empty();
    }

    /** Paho's own text, then the root cause, e.g. "Connection lost: EOFException". */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String own = failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getMessage();
        return root == failure ? own : own + ": " + messageOf(root);
    }

    private static String messageOf(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + message;
    }

    private static ConnectionError error(ConnectionErrorKind kind, String message) {
        return new ConnectionError(kind, message);
    }
}
