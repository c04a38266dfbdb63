package org.meshbench.transport.mqtt;

import java.time.Duration;
import java.util.Optional;

/**
 * Connection settings of a transport. Immutable and thread-safe; build one with
 * {@link #builder()}. The password is held as a char array, handed out only as a copy, and
 * never shown by {@link #toString()}.
 */
public final class MqttOptions {
    /** Prefix of generated client ids. */
    public static final String CLIENT_ID_PREFIX = "meshbench-";

    private final BrokerUrl broker;
    private final Optional<String> username;
    private final char[] password;
    private final Optional<TlsOptions> tls;
    private final String clientId;
    private final Duration keepAlive;
    private final boolean cleanSession;
    private final ReconnectPolicy reconnect;
    private final Optional<String> sharedGroup;
    private final Optional<LastWill> lastWill;
    private final Duration connectTimeout;
    private final int maxInflight;
    private final boolean manualAcknowledgement;

    MqttOptions(MqttOptionsBuilder b, BrokerUrl broker, Optional<TlsOptions> tls, String clientId) {
        this.broker = broker;
        this.username = Optional.ofNullable(b.username);
        this.password = b.password == null ? null : b.password.clone();
        this.tls = tls;
        this.clientId = clientId;
        this.keepAlive = b.keepAlive;
        this.cleanSession = !b.persistentSession;
        this.reconnect = b.reconnect;
        this.sharedGroup = Optional.ofNullable(b.sharedGroup);
        this.lastWill = Optional.ofNullable(b.lastWill);
        this.connectTimeout = b.connectTimeout;
        this.maxInflight = b.maxInflight;
        this.manualAcknowledgement = b.manualAcknowledgement;
    }

    /** @return a builder with the defaults: TLS, keep-alive 60 s, clean session, reconnect */
    public static MqttOptionsBuilder builder() {
        return new MqttOptionsBuilder();
    }

    /** @return the broker address */
    public BrokerUrl broker() {
        return broker;
    }

    /** @return the user name; empty for anonymous access */
    public Optional<String> username() {
        return username;
    }

    /** @return a copy of the password, which the caller should wipe after use */
    public Optional<char[]> password() {
        return Optional.ofNullable(password).map(char[]::clone);
    }

    /** @return TLS settings; present exactly when the broker scheme is secure */
    public Optional<TlsOptions> tls() {
        return tls;
    }

    /** @return the MQTT client id */
    public String clientId() {
        return clientId;
    }

    /** @return the keep-alive interval; zero disables keep-alive pings */
    public Duration keepAlive() {
        return keepAlive;
    }

    /** @return whether the broker forgets the session on connect (MQTT clean session) */
    public boolean cleanSession() {
        return cleanSession;
    }

    /** @return when to reconnect after a lost connection */
    public ReconnectPolicy reconnect() {
        return reconnect;
    }

    /** @return group that shareable subscriptions join ({@code $share/<group>/<filter>}) */
    public Optional<String> sharedGroup() {
        return sharedGroup;
    }

    /** @return the message the broker publishes if this client vanishes */
    public Optional<LastWill> lastWill() {
        return lastWill;
    }

    /** @return how long one connection attempt may take */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return how many QoS 1/2 publishes may await acknowledgement at once */
    public int maxInflight() {
        return maxInflight;
    }

    /**
     * @return whether received QoS 1 and 2 messages are acknowledged only by
     *         {@link ReceivedMessage#acknowledge()}
     * @since 0.3
     */
    public boolean manualAcknowledgement() {
        return manualAcknowledgement;
    }

    /** @return a copy of these settings in a builder, to change some of them */
    public MqttOptionsBuilder toBuilder() {
        return new MqttOptionsBuilder(this, password);
    }

    @Override
    public String toString() {
        return "MqttOptions[" + broker + ", user " + username.orElse("(anonymous)")
                + (password == null ? "" : ", password ***") + ", client id " + clientId
                + ", keep-alive " + keepAlive.toSeconds() + " s"
                + (cleanSession ? "" : ", persistent session")
                + (manualAcknowledgement ? ", manual acknowledgement" : "")
                + sharedGroup.map(g -> ", shared group " + g).orElse("") + "]";
    }
}
