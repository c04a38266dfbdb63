package org.meshbench.transport.mqtt;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Address of an MQTT broker: {@code tcp://host:port}, {@code ssl://host:port},
 * {@code ws://host:port/path} or {@code wss://host:port/path}. Immutable.
 *
 * @param scheme how the broker is reached
 * @param host host name or IP address (IPv6 without brackets)
 * @param port TCP port, 1..65535
 * @param path websocket request path (empty for tcp/ssl; empty means the client's default
 *            {@code /mqtt})
 */
public record BrokerUrl(BrokerScheme scheme, String host, int port, String path) {

    /** Checks the components. */
    public BrokerUrl {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(path, "path");
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("broker host is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("broker port " + port + " is not in 1..65535");
        }
        if (!path.isEmpty() && !scheme.websocket()) {
            throw new IllegalArgumentException("a path is only allowed for ws:// and wss:// brokers");
        }
    }

    /**
     * @param scheme how the broker is reached
     * @param host host name or IP address
     * @param port TCP port
     * @return a URL without websocket path
     */
    public static BrokerUrl of(BrokerScheme scheme, String host, int port) {
        return new BrokerUrl(scheme, host, port, "");
    }

    /**
     * Parses {@code scheme://host[:port][/path]}; a missing port means the scheme's default.
     *
     * @param text the URL
     * @return the parsed URL
     * @throws IllegalArgumentException if the text is not such a URL
     */
    public static BrokerUrl parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("invalid broker URL '" + text + "': " + e.getReason(), e);
        }
        if (uri.getScheme() == null || uri.isOpaque()) {
            throw new IllegalArgumentException("broker URL '" + text + "' needs scheme://host");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "broker URL '" + text + "' must be scheme://host[:port][/path] with a valid host");
        }
        BrokerScheme scheme = BrokerScheme.fromPrefix(uri.getScheme());
        int port = uri.getPort() == -1 ? scheme.defaultPort() : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().equals("/") ? "" : uri.getRawPath();
        return new BrokerUrl(scheme, unbracket(uri.getHost()), port, path);
    }

    private static String unbracket(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** @return the URL text, with IPv6 hosts in brackets */
    @Override
    public String toString() {
        String shownHost = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return scheme.prefix() + "://" + shownHost + ":" + port + path;
    }
}
