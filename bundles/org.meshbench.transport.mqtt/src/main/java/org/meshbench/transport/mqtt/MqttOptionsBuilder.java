package org.meshbench.transport.mqtt;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.meshbench.transport.mqtt.internal.ClientIds;
import org.meshbench.transport.mqtt.internal.TopicNames;

/**
 * Builds {@link MqttOptions}. Name the broker either as a URL ({@link #broker(String)}) or as a
 * host with optional {@link #port(int)}, {@link #insecure(boolean)} and
 * {@link #websockets(boolean)}; a bare host means TLS on port 8883. Not thread-safe.
 */
public final class MqttOptionsBuilder {
    private static final int MAX_KEEP_ALIVE_SECONDS = 65_535;

    private BrokerUrl brokerUrl;
    private String host;
    private Integer port;
    private boolean insecure;
    private boolean websockets;
    private TlsOptions tls;
    private String clientId;
    // Package-private: MqttOptions copies these as they are.
    String username;
    char[] password;
    Duration keepAlive = Duration.ofSeconds(60);
    boolean persistentSession;
    ReconnectPolicy reconnect = ReconnectPolicy.defaults();
    String sharedGroup;
    LastWill lastWill;
    Duration connectTimeout = Duration.ofSeconds(10);
    int maxInflight = 100;
    boolean manualAcknowledgement;

    MqttOptionsBuilder() {
    }

    MqttOptionsBuilder(MqttOptions options, char[] password) {
        this.brokerUrl = options.broker();
        this.username = options.username().orElse(null);
        this.password = password == null ? null : password.clone();
        this.tls = options.tls().orElse(null);
        this.clientId = options.clientId();
        this.keepAlive = options.keepAlive();
        this.persistentSession = !options.cleanSession();
        this.reconnect = options.reconnect();
        this.sharedGroup = options.sharedGroup().orElse(null);
        this.lastWill = options.lastWill().orElse(null);
        this.connectTimeout = options.connectTimeout();
        this.maxInflight = options.maxInflight();
        this.manualAcknowledgement = options.manualAcknowledgement();
    }

    /**
     * @param url the broker address with its scheme
     * @return this builder
     */
    public MqttOptionsBuilder broker(BrokerUrl url) {
        this.brokerUrl = Objects.requireNonNull(url, "url");
        return this;
    }

    /**
     * @param url {@code tcp://}, {@code ssl://}, {@code ws://} or {@code wss://host[:port]}
     * @return this builder
     * @throws IllegalArgumentException if the URL is invalid
     */
    public MqttOptionsBuilder broker(String url) {
        return broker(BrokerUrl.parse(url));
    }

    /**
     * @param brokerHost host name or IP address; the scheme follows from
     *            {@link #insecure(boolean)} and {@link #websockets(boolean)}
     * @return this builder
     */
    public MqttOptionsBuilder host(String brokerHost) {
        this.host = Objects.requireNonNull(brokerHost, "brokerHost");
        return this;
    }

    /**
     * @param brokerPort port for {@link #host(String)}; default 8883 (TLS) or 1883 (insecure)
     * @return this builder
     */
    public MqttOptionsBuilder port(int brokerPort) {
        this.port = brokerPort;
        return this;
    }

    /**
     * @param plain {@code true} to connect to {@link #host(String)} without TLS
     * @return this builder
     */
    public MqttOptionsBuilder insecure(boolean plain) {
        this.insecure = plain;
        return this;
    }

    /**
     * @param useWebsockets {@code true} to reach {@link #host(String)} over websockets
     * @return this builder
     */
    public MqttOptionsBuilder websockets(boolean useWebsockets) {
        this.websockets = useWebsockets;
        return this;
    }

    /**
     * @param user user name
     * @param secret password (copied; the caller may wipe its array), may be null
     * @return this builder
     */
    public MqttOptionsBuilder credentials(String user, char[] secret) {
        this.username = Objects.requireNonNull(user, "user");
        this.password = secret == null ? null : secret.clone();
        return this;
    }

    /**
     * @param settings TLS settings for a secure broker
     * @return this builder
     */
    public MqttOptionsBuilder tls(TlsOptions settings) {
        this.tls = Objects.requireNonNull(settings, "settings");
        return this;
    }

    /**
     * @param id MQTT client id; default {@code meshbench-} and 12 random hex digits
     * @return this builder
     */
    public MqttOptionsBuilder clientId(String id) {
        this.clientId = Objects.requireNonNull(id, "id");
        return this;
    }

    /**
     * @param interval keep-alive interval, whole seconds 0..65535 (0 = no pings)
     * @return this builder
     */
    public MqttOptionsBuilder keepAlive(Duration interval) {
        this.keepAlive = Objects.requireNonNull(interval, "interval");
        return this;
    }

    /**
     * @param persistent {@code true} to keep the broker session (and queued QoS 1/2
     *            messages) across connections; needs a stable client id to be useful
     * @return this builder
     */
    public MqttOptionsBuilder persistentSession(boolean persistent) {
        this.persistentSession = persistent;
        return this;
    }

    /**
     * @param policy when to reconnect after a lost connection
     * @return this builder
     */
    public MqttOptionsBuilder reconnect(ReconnectPolicy policy) {
        this.reconnect = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * @param group shared-subscription group joined by shareable subscriptions
     * @return this builder
     */
    public MqttOptionsBuilder sharedGroup(String group) {
        this.sharedGroup = TopicNames.checkSharedGroup(group);
        return this;
    }

    /**
     * @param will message the broker publishes if this client vanishes
     * @return this builder
     */
    public MqttOptionsBuilder lastWill(LastWill will) {
        this.lastWill = Objects.requireNonNull(will, "will");
        return this;
    }

    /**
     * @param timeout longest wait for one connection attempt, at least one second
     * @return this builder
     */
    public MqttOptionsBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    /**
     * @param limit how many QoS 1/2 publishes may await acknowledgement at once, at least 1
     * @return this builder
     */
    public MqttOptionsBuilder maxInflight(int limit) {
        this.maxInflight = limit;
        return this;
    }

    /**
     * @param manual {@code true} to acknowledge received QoS 1 and 2 messages to the broker only
     *            when a handler calls {@link ReceivedMessage#acknowledge()}, for example once the
     *            message is stored; {@code false} (the default) to acknowledge each one as soon as
     *            it is handed to the subscriptions
     * @return this builder
     * @since 0.3
     */
    public MqttOptionsBuilder manualAcknowledgement(boolean manual) {
        this.manualAcknowledgement = manual;
        return this;
    }

    /**
     * @return the options
     * @throws IllegalArgumentException if the settings are missing or contradict each other
     */
    public MqttOptions build() {
        BrokerUrl url = resolveBroker();
        if (password != null && username == null) {
            throw new IllegalArgumentException("a password needs a user name");
        }
        if (tls != null && !url.scheme().secure()) {
            throw new IllegalArgumentException("TLS settings given for plain broker " + url);
        }
        checkDurations();
        if (maxInflight < 1) {
            throw new IllegalArgumentException("max in-flight must be at least 1, got " + maxInflight);
        }
        if (clientId != null && clientId.isEmpty()) {
            throw new IllegalArgumentException("client id is empty");
        }
        Optional<TlsOptions> tlsOptions = url.scheme().secure()
                ? Optional.of(tls == null ? TlsOptions.defaults() : tls)
                : Optional.empty();
        String id = clientId == null ? ClientIds.generate(MqttOptions.CLIENT_ID_PREFIX) : clientId;
        return new MqttOptions(this, url, tlsOptions, id);
    }

    private BrokerUrl resolveBroker() {
        if (brokerUrl != null) {
            if (host != null || port != null) {
                throw new IllegalArgumentException("give the broker either as URL or as host/port");
            }
            if (insecure && brokerUrl.scheme().secure()) {
                throw new IllegalArgumentException("insecure conflicts with TLS broker " + brokerUrl);
            }
            if (websockets && !brokerUrl.scheme().websocket()) {
                throw new IllegalArgumentException("websockets conflicts with broker " + brokerUrl);
            }
            return brokerUrl;
        }
        if (host == null) {
            throw new IllegalArgumentException("no broker given");
        }
        BrokerScheme scheme = BrokerScheme.of(!insecure, websockets);
        return BrokerUrl.of(scheme, host, port == null ? scheme.defaultPort() : port);
    }

    private void checkDurations() {
        long keepAliveSeconds = keepAlive.toSeconds();
        if (keepAlive.isNegative() || keepAliveSeconds > MAX_KEEP_ALIVE_SECONDS
                || keepAlive.toNanosPart() != 0) {
            throw new IllegalArgumentException(
                    "keep-alive must be whole seconds 0..65535, got " + keepAlive);
        }
        if (connectTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("connect timeout must be at least 1 s");
        }
    }
}
