package org.meshbench.ui.internal.connection;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * What the Connect dialog asks for, as the user typed it, without the password (which lives in secure storage).
 * Immutable. Text stays text here so that the dialog shows back exactly what was saved; {@link OptionsMapping}
 * checks it when a connection is made.
 *
 * @param brokerUrl           {@code tcp://host:port} or {@code ssl://host:port}
 * @param username            user name, empty for anonymous access
 * @param caFile              PEM file of the CA certificates to trust, empty for the system CAs
 * @param certificateFile     PEM file of the client certificate, empty for none
 * @param keyFile             PEM file of the client's private key, empty for none
 * @param insecure            accept any broker certificate (TLS only)
 * @param clientId            MQTT client id, empty for a generated one
 * @param keepAliveSeconds    keep-alive interval in seconds
 * @param sharedGroup         shared-subscription group, empty for none
 * @param savePassword        whether the password is kept in secure storage
 */
public record ConnectionSettings(String brokerUrl, String username, String caFile, String certificateFile,
        String keyFile, boolean insecure, String clientId, String keepAliveSeconds, String sharedGroup,
        boolean savePassword) {

    /** What a fresh workspace shows: a local plain broker, keep-alive 60 s, password saved. */
    public static final ConnectionSettings DEFAULTS =
            new ConnectionSettings("tcp://127.0.0.1:1883", "", "", "", "", false, "", "60", "", true);

    private static final String BROKER_URL = "broker.url";
    private static final String USERNAME = "broker.username";
    private static final String CA_FILE = "tls.caFile";
    private static final String CERTIFICATE_FILE = "tls.certificateFile";
    private static final String KEY_FILE = "tls.keyFile";
    private static final String INSECURE = "tls.insecure";
    private static final String CLIENT_ID = "mqtt.clientId";
    private static final String KEEP_ALIVE = "mqtt.keepAliveSeconds";
    private static final String SHARED_GROUP = "mqtt.sharedGroup";
    private static final String SAVE_PASSWORD = "broker.savePassword";

    /** Checks for nulls. */
    public ConnectionSettings {
        Objects.requireNonNull(brokerUrl, "brokerUrl");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(caFile, "caFile");
        Objects.requireNonNull(certificateFile, "certificateFile");
        Objects.requireNonNull(keyFile, "keyFile");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(keepAliveSeconds, "keepAliveSeconds");
        Objects.requireNonNull(sharedGroup, "sharedGroup");
    }

    /**
     * @param stored looks a preference key up, null when it is not set
     * @return the settings, with {@link #DEFAULTS} for keys not set
     */
    public static ConnectionSettings load(UnaryOperator<String> stored) {
        ConnectionSettings d = DEFAULTS;
        return new ConnectionSettings(text(stored, BROKER_URL, d.brokerUrl), text(stored, USERNAME, d.username),
                text(stored, CA_FILE, d.caFile), text(stored, CERTIFICATE_FILE, d.certificateFile),
                text(stored, KEY_FILE, d.keyFile), flag(stored, INSECURE, d.insecure),
                text(stored, CLIENT_ID, d.clientId), text(stored, KEEP_ALIVE, d.keepAliveSeconds),
                text(stored, SHARED_GROUP, d.sharedGroup), flag(stored, SAVE_PASSWORD, d.savePassword));
    }

    /** @param preferences receives each preference key and its value */
    public void store(BiConsumer<String, String> preferences) {
        preferences.accept(BROKER_URL, brokerUrl);
        preferences.accept(USERNAME, username);
        preferences.accept(CA_FILE, caFile);
        preferences.accept(CERTIFICATE_FILE, certificateFile);
        preferences.accept(KEY_FILE, keyFile);
        preferences.accept(INSECURE, Boolean.toString(insecure));
        preferences.accept(CLIENT_ID, clientId);
        preferences.accept(KEEP_ALIVE, keepAliveSeconds);
        preferences.accept(SHARED_GROUP, sharedGroup);
        preferences.accept(SAVE_PASSWORD, Boolean.toString(savePassword));
    }

    private static String text(UnaryOperator<String> stored, String key, String fallback) {
        String value = stored.apply(key);
        return value == null ? fallback : value;
    }

    private static boolean flag(UnaryOperator<String> stored, String key, boolean fallback) {
        String value = stored.apply(key);
        return value == null ? fallback : Boolean.parseBoolean(value);
    }
}
