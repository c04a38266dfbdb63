package org.meshbench.pem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.meshbench.pem.internal.PemBlocks;
import org.meshbench.pem.internal.PrivateKeyDecoder;

/**
 * Reads the PEM files OpenSSL writes: certificate chains and unencrypted private keys in PKCS#8
 * ({@code PRIVATE KEY}: RSA, RSASSA-PSS, EC, Ed25519, Ed448), PKCS#1 ({@code RSA PRIVATE KEY}) and SEC1
 * ({@code EC PRIVATE KEY}). Text around the blocks is ignored. Every error message starts with the file
 * and says what is wrong with it. Stateless and thread-safe.
 */
public final class PemFiles {

    private PemFiles() {
    }

    /**
     * @param file a PEM file with one or more certificates (other blocks are skipped)
     * @return the certificates, in file order
     * @throws IOException if the file cannot be read
     * @throws GeneralSecurityException if it holds no certificate, a broken block or a broken certificate
     */
    public static List<X509Certificate> readCertificates(Path file) throws IOException, GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certificates = new ArrayList<>();
        for (PemBlocks.Block block : PemBlocks.read(file)) {
            if (block.label().equals("CERTIFICATE")) {
                try {
                    certificates.add((X509Certificate) factory.generateCertificate(
                            new ByteArrayInputStream(block.der())));
                } catch (GeneralSecurityException e) {
                    throw new GeneralSecurityException(file + ": a certificate cannot be parsed: " + e.getMessage(), e);
                }
            }
        }
        if (certificates.isEmpty()) {
            throw new GeneralSecurityException(file + ": no PEM certificate (-----BEGIN CERTIFICATE-----)");
        }
        return certificates;
    }

    /**
     * Encrypted keys are refused with a hint to decrypt them, since no caller has a passphrase.
     *
     * @param file a PEM file whose first private key is read
     * @return the key
     * @throws IOException if the file cannot be read
     * @throws GeneralSecurityException if it holds no private key, or an encrypted, broken or unsupported one
     */
    public static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
        PemBlocks.Block block = PemBlocks.read(file).stream()
                .filter(candidate -> candidate.label().endsWith("PRIVATE KEY"))
                .findFirst()
                .orElseThrow(() -> new GeneralSecurityException(
                        file + ": no PEM private key (-----BEGIN PRIVATE KEY-----)"));
        try {
            return PrivateKeyDecoder.decode(block);
        } catch (GeneralSecurityException e) {
            throw new GeneralSecurityException(file + ": " + e.getMessage(), e);
        }
    }
}
