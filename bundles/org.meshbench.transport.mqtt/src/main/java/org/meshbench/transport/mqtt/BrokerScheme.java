package org.meshbench.transport.mqtt;

import java.util.Locale;

/**
 * How the transport reaches the broker: plain or TLS, raw TCP or websockets.
 */
public enum BrokerScheme {
    /** Plain MQTT over TCP (no encryption), default port 1883. */
    TCP("tcp", 1883, false, false),
    /** MQTT over TLS, default port 8883. */
    SSL("ssl", 8883, true, false),
    /** Plain MQTT over websockets, default port 80. */
    WS("ws", 80, false, true),
    /** MQTT over TLS websockets, default port 443. */
    WSS("wss", 443, true, true);

    private final String prefix;
    private final int defaultPort;
    private final boolean secure;
    private final boolean websocket;

    BrokerScheme(String prefix, int defaultPort, boolean secure, boolean websocket) {
        this.prefix = prefix;
        this.defaultPort = defaultPort;
        this.secure = secure;
        this.websocket = websocket;
    }

    /** @return the URL scheme, e.g. {@code ssl} */
    public String prefix() {
        return prefix;
    }

    /** @return the port used when a URL names none */
    public int defaultPort() {
        return defaultPort;
    }

    /** @return whether the connection is encrypted with TLS */
    public boolean secure() {
        return secure;
    }

    /** @return whether MQTT is carried inside websocket frames */
    public boolean websocket() {
        return websocket;
    }

    /**
     * @param secure TLS or plain
     * @param websocket websockets or raw TCP
     * @return the scheme with these two properties
     */
    public static BrokerScheme of(boolean secure, boolean websocket) {
        if (websocket) {
            return secure ? WSS : WS;
        }
        return secure ? SSL : TCP;
    }

    /**
     * @param prefix a URL scheme, case-insensitive
     * @return the matching scheme
     * @throws IllegalArgumentException if no scheme has this prefix
     */
    public static BrokerScheme fromPrefix(String prefix) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        for (BrokerScheme scheme : values()) {
            if (scheme.prefix.equals(lower)) {
                return scheme;
            }
        }
        throw new IllegalArgumentException(
                "unsupported scheme '" + prefix + "' (expected tcp, ssl, ws or wss)");
    }
}
