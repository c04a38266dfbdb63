package org.meshbench.broker.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import org.meshbench.broker.BrokerStartException;
import org.meshbench.broker.TlsIdentity;

/** Reads a PEM certificate chain and an unencrypted PKCS#8 PEM private key. */
final class PemIdentityReader {

    /** The key algorithms openssl and keytool create; the PKCS#8 encoding names its own. */
    private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "EdDSA");

    private PemIdentityReader() {
    }

    static ServerIdentity read(TlsIdentity.Pem pem) throws BrokerStartException {
        return new ServerIdentity(privateKey(pem.privateKey()), certificates(pem.certificateChain()));
    }

    private static List<X509Certificate> certificates(Path file) throws BrokerStartException {
        List<X509Certificate> chain = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (PemBlocks.Block block : blocks(file)) {
                if (block.label().equals("CERTIFICATE")) {
                    chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der())));
                }
            }
        } catch (CertificateException e) {
            throw TlsFailure.of(file + " holds a certificate that cannot be parsed: " + e.getMessage(), e);
        }
        if (chain.isEmpty()) {
            throw TlsFailure.of(file + " holds no PEM certificate (-----BEGIN CERTIFICATE-----)", null);
        }
        return chain;
    }

    private static PrivateKey privateKey(Path file) throws BrokerStartException {
        PemBlocks.Block block = blocks(file).stream().filter(candidate -> candidate.label().endsWith("PRIVATE KEY"))
                .findFirst()
                .orElseThrow(() -> TlsFailure.of(file + " holds no PEM private key", null));
        if (!block.label().equals("PRIVATE KEY")) {
            throw TlsFailure.of(file + " holds a " + block.label() + "; only unencrypted PKCS#8 keys are read."
                    + " Convert it with: openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pkcs8", null);
        }
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(block.der());
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // not a key of this algorithm; try the next
            }
        }
        throw TlsFailure.of(file + " holds no RSA, EC or EdDSA private key that can be parsed", null);
    }

    private static List<PemBlocks.Block> blocks(Path file) throws BrokerStartException {
        try {
            return PemBlocks.read(file);
        } catch (IOException | IllegalArgumentException e) {
            throw TlsFailure.of("Cannot read the PEM file " + file + ": " + e, e);
        }
    }
}
