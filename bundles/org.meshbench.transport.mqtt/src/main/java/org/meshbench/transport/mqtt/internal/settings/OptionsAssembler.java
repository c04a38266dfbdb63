package org.meshbench.transport.mqtt.internal.settings;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.meshbench.transport.mqtt.BrokerUrl;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttOptionsBuilder;
import org.meshbench.transport.mqtt.ReconnectPolicy;
import org.meshbench.transport.mqtt.settings.SettingsException;

/** Builds {@link MqttOptions} from merged settings, reporting problems by setting name. */
final class OptionsAssembler {
    private static final int DEFAULT_MAX_RECONNECT_SECONDS = 60;

    private OptionsAssembler() {
    }

    static MqttOptions assemble(Settings settings, Map<String, String> environment, Consumer<String> notices)
            throws SettingsException {
        MqttOptionsBuilder builder = MqttOptions.builder();
        BrokerUrl url = BrokerResolver.resolve(settings);
        builder.broker(url);
        if (url.scheme().secure()) {
            builder.tls(TlsAssembler.assemble(settings));
        } else {
            TlsAssembler.rejectTlsFiles(settings, url);
        }
        boolean credentials = credentials(settings, builder, environment, notices);
        Secrets.warnIfExposed(url, credentials, notices);
        settings.get(SettingKey.CLIENT_ID, String.class).ifPresent(builder::clientId);
        settings.get(SettingKey.KEEPALIVE, Integer.class)
                .ifPresent(seconds -> builder.keepAlive(Duration.ofSeconds(seconds)));
        builder.persistentSession(settings.isTrue(SettingKey.PERSIST_SESSION));
        Optional<String> group = settings.get(SettingKey.SHARED_GROUP, String.class);
        if (group.isPresent()) {
            try {
                builder.sharedGroup(group.get());
            } catch (IllegalArgumentException e) {
                throw new SettingsException(settings.name(SettingKey.SHARED_GROUP), e.getMessage());
            }
        }
        builder.reconnect(reconnect(settings));
        settings.get(SettingKey.MAX_INFLIGHT, Integer.class).ifPresent(builder::maxInflight);
        return builder.build();
    }

    /** @return whether a password goes to the broker */
    private static boolean credentials(Settings settings, MqttOptionsBuilder builder,
            Map<String, String> environment, Consumer<String> notices) throws SettingsException {
        Optional<String> user = settings.get(SettingKey.USERNAME, String.class);
        for (SettingKey secret : new SettingKey[] {SettingKey.PASSWORD, SettingKey.PASSWORD_FILE}) {
            if (settings.has(secret) && user.isEmpty()) {
                throw new SettingsException(settings.name(secret), "needs " + SettingKey.USERNAME.bothNames());
            }
        }
        if (user.isEmpty()) {
            return false;
        }
        Optional<char[]> password = Secrets.password(settings, environment, notices);
        builder.credentials(user.get(), password.orElse(null));
        // The builder keeps its own copy; wipe ours.
        password.ifPresent(secret -> Arrays.fill(secret, '\0'));
        return password.isPresent();
    }

    private static ReconnectPolicy reconnect(Settings settings) throws SettingsException {
        int min = settings.get(SettingKey.RECONNECT_MIN_DELAY, Integer.class)
                .orElse((int) ReconnectPolicy.defaults().minDelay().toSeconds());
        int max = settings.get(SettingKey.RECONNECT_MAX_DELAY, Integer.class)
                .orElse(Math.max(DEFAULT_MAX_RECONNECT_SECONDS, min));
        if (max < min) {
            throw new SettingsException(settings.name(SettingKey.RECONNECT_MAX_DELAY),
                    "must be at least " + settings.name(SettingKey.RECONNECT_MIN_DELAY) + " (" + min + ")");
        }
        return ReconnectPolicy.exponential(Duration.ofSeconds(min), Duration.ofSeconds(max));
    }
}
