package org.meshbench.transport.mqtt.internal.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.meshbench.pem.KeyPairs;
import org.meshbench.pem.PemFiles;
import org.meshbench.transport.mqtt.BrokerUrl;
import org.meshbench.transport.mqtt.TlsOptions;
import org.meshbench.transport.mqtt.TlsVersion;
import org.meshbench.transport.mqtt.settings.SettingsException;

/**
 * Builds the TLS options and reads every PEM file now, so that a broken file is reported with
 * its setting's name rather than as a failed connection later.
 */
final class TlsAssembler {

    private TlsAssembler() {
    }

    static TlsOptions assemble(Settings settings) throws SettingsException {
        TlsOptions tls = TlsOptions.defaults()
                .withVersion(settings.get(SettingKey.TLS_VERSION, TlsVersion.class)
                        .orElse(TlsVersion.TLS_1_2_OR_LATER))
                .withHostnameVerification(!settings.isTrue(SettingKey.ALLOW_UNTRUSTED))
                .withCertificateVerification(
                        settings.get(SettingKey.CERT_REQS, Boolean.class).orElse(true));
        Optional<Path> ca = settings.get(SettingKey.CA_CERTS, Path.class);
        if (ca.isPresent()) {
            readCertificates(settings.name(SettingKey.CA_CERTS), ca.get());
            tls = tls.withCaFile(ca.get());
        }
        Optional<Path> certificate = settings.get(SettingKey.CERTFILE, Path.class);
        Optional<Path> key = settings.get(SettingKey.KEYFILE, Path.class);
        if (certificate.isPresent() != key.isPresent()) {
            SettingKey given = certificate.isPresent() ? SettingKey.CERTFILE : SettingKey.KEYFILE;
            SettingKey missing = certificate.isPresent() ? SettingKey.KEYFILE : SettingKey.CERTFILE;
            throw new SettingsException(settings.name(given), "needs " + missing.bothNames() + " too");
        }
        if (certificate.isPresent()) {
            checkPair(settings, certificate.get(), key.get());
            tls = tls.withClientCertificate(certificate.get(), key.get());
        }
        return tls;
    }

    /** CA, certificate and key files make no sense without TLS: the user expects TLS. */
    static void rejectTlsFiles(Settings settings, BrokerUrl url) throws SettingsException {
        for (SettingKey key : List.of(SettingKey.CA_CERTS, SettingKey.CERTFILE, SettingKey.KEYFILE)) {
            if (settings.has(key)) {
                throw new SettingsException(settings.name(key),
                        "TLS file given, but the connection to " + url + " is plain");
            }
        }
    }

    private static void checkPair(Settings settings, Path certificate, Path keyFile)
            throws SettingsException {
        List<X509Certificate> chain = readCertificates(settings.name(SettingKey.CERTFILE), certificate);
        String keyName = settings.name(SettingKey.KEYFILE);
        try {
            PrivateKey key = PemFiles.readPrivateKey(keyFile);
            if (!KeyPairs.match(key, chain.get(0).getPublicKey())) {
                throw new SettingsException(keyName,
                        keyFile + ": the private key does not belong to " + certificate);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new SettingsException(keyName, e.getMessage());
        }
    }

    private static List<X509Certificate> readCertificates(String name, Path file)
            throws SettingsException {
        try {
            return PemFiles.readCertificates(file);
        } catch (IOException | GeneralSecurityException e) {
            throw new SettingsException(name, e.getMessage());
        }
    }
}
