package org.meshbench.testing.mosquitto;

import java.nio.file.Path;
import java.util.List;

/**
 * One listener of a test broker, always bound to 127.0.0.1.
 *
 * @param caFile CA that client certificates must chain to (TLS only, else null)
 * @param certificateFile server certificate (TLS only, else null)
 * @param keyFile server key (TLS only, else null)
 * @param requireClientCertificate whether clients must present a certificate
 */
public record BrokerListener(Path caFile, Path certificateFile, Path keyFile,
        boolean requireClientCertificate) {

    /** @return a plain MQTT listener */
    public static BrokerListener plain() {
        return new BrokerListener(null, null, null, false);
    }

    /**
     * @param pki the test PKI
     * @param certificate server certificate to present
     * @param key its key
     * @param requireClientCertificate whether clients must present a certificate
     * @return a TLS listener
     */
    public static BrokerListener tls(TestPki pki, Path certificate, Path key,
            boolean requireClientCertificate) {
        return new BrokerListener(pki.caCertificate(), certificate, key, requireClientCertificate);
    }

    /** @return the mosquitto.conf lines of this listener */
    List<String> configLines(int port) {
        String listen = "listener " + port + " 127.0.0.1";
        if (certificateFile == null) {
            return List.of(listen);
        }
        return List.of(listen, "cafile " + caFile, "certfile " + certificateFile,
                "keyfile " + keyFile, "require_certificate " + requireClientCertificate);
    }
}
