package org.meshbench.ui.internal.connection;

import java.nio.file.Path;
import java.time.Duration;
import org.meshbench.transport.mqtt.BrokerUrl;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttOptionsBuilder;
import org.meshbench.transport.mqtt.TlsOptions;

/** Turns what the user typed into transport options, or a message that says which field to fix. */
public final class OptionsMapping {

    private OptionsMapping() {
    }

    /**
     * @param settings the dialog's fields
     * @param password the password, empty for none; copied, so the caller may wipe it
     * @return the options
     * @throws IllegalArgumentException with a message for the user when a field is invalid
     */
    public static MqttOptions toOptions(ConnectionSettings settings, char[] password) {
        if (settings.brokerUrl().isBlank()) {
            throw new IllegalArgumentException("Enter the broker URL, for example ssl://broker.example.com:8883");
        }
        BrokerUrl broker = BrokerUrl.parse(settings.brokerUrl());
        MqttOptionsBuilder builder = MqttOptions.builder().broker(broker)
                .keepAlive(Duration.ofSeconds(keepAliveSeconds(settings.keepAliveSeconds())));
        String username = settings.username().strip();
        if (!username.isEmpty()) {
            builder.credentials(username, password.length == 0 ? null : password);
        } else if (password.length > 0) {
            throw new IllegalArgumentException("A password needs a user name");
        }
        if (broker.scheme().secure()) {
            builder.tls(tls(settings));
        } else if (!(settings.caFile().isBlank() && settings.certificateFile().isBlank()
                && settings.keyFile().isBlank())) {
            throw new IllegalArgumentException("CA, certificate and key files need an ssl:// broker URL");
        }
        if (!settings.clientId().isBlank()) {
            builder.clientId(settings.clientId().strip());
        }
        if (!settings.sharedGroup().isBlank()) {
            builder.sharedGroup(settings.sharedGroup().strip());
        }
        return builder.build();
    }

    private static TlsOptions tls(ConnectionSettings settings) {
        TlsOptions tls = TlsOptions.defaults();
        if (!settings.caFile().isBlank()) {
            tls = tls.withCaFile(Path.of(settings.caFile().strip()));
        }
        boolean hasCertificate = !settings.certificateFile().isBlank();
        if (hasCertificate != !settings.keyFile().isBlank()) {
            throw new IllegalArgumentException("Give both the client certificate and its private key, or neither");
        }
        if (hasCertificate) {
            tls = tls.withClientCertificate(Path.of(settings.certificateFile().strip()),
                    Path.of(settings.keyFile().strip()));
        }
        // The opt-out turns off both checks: a certificate that does not chain to a trusted CA rarely names the host.
        return settings.insecure() ? tls.withCertificateVerification(false).withHostnameVerification(false) : tls;
    }

    private static long keepAliveSeconds(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Keep-alive must be whole seconds from 0 to 65535, not '" + text + "'");
        }
    }
}
