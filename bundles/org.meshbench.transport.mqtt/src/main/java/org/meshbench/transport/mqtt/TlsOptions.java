package org.meshbench.transport.mqtt;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * TLS settings of a transport. Immutable. {@link #defaults()} trusts the system CAs, verifies
 * the broker's host name and offers TLS 1.2 or 1.3.
 *
 * @param caFile PEM file with the CA certificates to trust instead of the system CAs
 * @param clientCertificateFile PEM file with the client certificate (chain)
 * @param clientKeyFile PEM file with the client's unencrypted private key (PKCS#8, or RSA
 *            PKCS#1 / EC SEC1)
 * @param version TLS versions offered
 * @param verifyHostname whether the broker certificate must name the host connected to;
 *            {@code false} is the "allow untrusted" opt-out
 * @param verifyCertificate whether the broker certificate must chain to a trusted CA;
 *            {@code false} accepts any certificate and removes all protection against a
 *            man in the middle
 */
public record TlsOptions(Optional<Path> caFile, Optional<Path> clientCertificateFile,
        Optional<Path> clientKeyFile, TlsVersion version, boolean verifyHostname,
        boolean verifyCertificate) {

    private static final TlsOptions DEFAULTS = new TlsOptions(Optional.empty(), Optional.empty(),
            Optional.empty(), TlsVersion.TLS_1_2_OR_LATER, true, true);

    /** Checks that a client certificate and its key come together. */
    public TlsOptions {
        Objects.requireNonNull(caFile, "caFile");
        Objects.requireNonNull(clientCertificateFile, "clientCertificateFile");
        Objects.requireNonNull(clientKeyFile, "clientKeyFile");
        Objects.requireNonNull(version, "version");
        if (clientCertificateFile.isPresent() != clientKeyFile.isPresent()) {
            throw new IllegalArgumentException(
                    "a client certificate needs its private key and a key needs its certificate");
        }
    }

    /** @return system CAs, host name verification, TLS 1.2 or later, no client certificate */
    public static TlsOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param file PEM file of the CA certificates to trust
     * @return a copy that trusts only these CAs
     */
    public TlsOptions withCaFile(Path file) {
        return new TlsOptions(Optional.of(file), clientCertificateFile, clientKeyFile, version,
                verifyHostname, verifyCertificate);
    }

    /**
     * @param certificateFile PEM file of the client certificate (chain)
     * @param keyFile PEM file of its unencrypted private key
     * @return a copy that authenticates with this certificate
     */
    public TlsOptions withClientCertificate(Path certificateFile, Path keyFile) {
        return new TlsOptions(caFile, Optional.of(certificateFile), Optional.of(keyFile), version,
                verifyHostname, verifyCertificate);
    }

    /**
     * @param tlsVersion TLS versions to offer
     * @return a copy with this version choice
     */
    public TlsOptions withVersion(TlsVersion tlsVersion) {
        return new TlsOptions(caFile, clientCertificateFile, clientKeyFile, tlsVersion,
                verifyHostname, verifyCertificate);
    }

    /**
     * @param verify {@code false} to accept a certificate that does not name the broker host
     * @return a copy with this host name check
     */
    public TlsOptions withHostnameVerification(boolean verify) {
        return new TlsOptions(caFile, clientCertificateFile, clientKeyFile, version, verify,
                verifyCertificate);
    }

    /**
     * @param verify {@code false} to accept any broker certificate (insecure)
     * @return a copy with this certificate check
     */
    public TlsOptions withCertificateVerification(boolean verify) {
        return new TlsOptions(caFile, clientCertificateFile, clientKeyFile, version,
                verifyHostname, verify);
    }
}
