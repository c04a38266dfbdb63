package org.meshbench.transport.mqtt.internal.settings;

import org.meshbench.transport.mqtt.BrokerScheme;
import org.meshbench.transport.mqtt.BrokerUrl;
import org.meshbench.transport.mqtt.settings.SettingsException;

/**
 * Finds the broker address: {@code --broker} replaces mqtt_hostname and mqtt_port; a URL's
 * scheme replaces mqtt_force_unsecure and mqtt_transport from the file, but contradicting
 * flags are an error.
 */
final class BrokerResolver {

    private BrokerResolver() {
    }

    static BrokerUrl resolve(Settings settings) throws SettingsException {
        boolean insecure = settings.isTrue(SettingKey.FORCE_UNSECURE);
        boolean websockets = settings.get(SettingKey.TRANSPORT, Boolean.class).orElse(false);
        BrokerScheme scheme = BrokerScheme.of(!insecure, websockets);
        if (settings.has(SettingKey.BROKER)) {
            return fromBrokerFlag(settings, scheme);
        }
        String host = settings.get(SettingKey.HOSTNAME, String.class).orElseThrow(() ->
                new SettingsException(settings.name(SettingKey.HOSTNAME),
                        "missing; give the broker host, or --broker URL"));
        int port = settings.get(SettingKey.PORT, Integer.class).orElse(scheme.defaultPort());
        return parse(settings.name(SettingKey.HOSTNAME),
                scheme.prefix() + "://" + bracketed(host) + ":" + port);
    }

    private static BrokerUrl fromBrokerFlag(Settings settings, BrokerScheme impliedScheme)
            throws SettingsException {
        for (SettingKey replaced : new SettingKey[] {SettingKey.HOSTNAME, SettingKey.PORT}) {
            if (settings.fromFlag(replaced)) {
                throw new SettingsException(settings.name(replaced), "conflicts with --broker");
            }
        }
        String text = settings.get(SettingKey.BROKER, String.class).orElseThrow();
        if (!text.contains("://")) {
            return parse(SettingKey.BROKER.flag(), impliedScheme.prefix() + "://" + text);
        }
        BrokerUrl url = parse(SettingKey.BROKER.flag(), text);
        if (settings.fromFlag(SettingKey.FORCE_UNSECURE)
                && settings.isTrue(SettingKey.FORCE_UNSECURE) && url.scheme().secure()) {
            throw new SettingsException(settings.name(SettingKey.FORCE_UNSECURE),
                    "conflicts with the TLS broker " + url);
        }
        if (settings.fromFlag(SettingKey.TRANSPORT)
                && impliedScheme.websocket() != url.scheme().websocket()) {
            throw new SettingsException(settings.name(SettingKey.TRANSPORT),
                    "conflicts with the broker " + url);
        }
        return url;
    }

    private static BrokerUrl parse(String name, String url) throws SettingsException {
        try {
            return BrokerUrl.parse(url);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(name, e.getMessage());
        }
    }

    private static String bracketed(String host) {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
