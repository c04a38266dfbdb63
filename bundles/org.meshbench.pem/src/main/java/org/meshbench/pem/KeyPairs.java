package org.meshbench.pem;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAKey;

/**
 * Tells whether a private key belongs to a certificate's public key, so that a mixed-up key file fails
 * with a clear message instead of an obscure TLS handshake error. Stateless and thread-safe.
 */
public final class KeyPairs {

    private static final byte[] PROBE = "meshbench key pair check".getBytes(StandardCharsets.US_ASCII);

    private KeyPairs() {
    }

    /**
     * RSA keys are compared by modulus; EC and EdDSA keys by signing with the private key and verifying
     * with the public one.
     *
     * @param privateKey a private key
     * @param publicKey a public key, for example a certificate's
     * @return {@code false} if they are not one pair; {@code true} if they are, or if the algorithm is
     *         none of RSA, EC and EdDSA, which cannot be checked here (the TLS handshake will tell)
     */
    public static boolean match(PrivateKey privateKey, PublicKey publicKey) {
        if (privateKey instanceof RSAKey rsaPrivate) {
            return publicKey instanceof RSAKey rsaPublic && rsaPrivate.getModulus().equals(rsaPublic.getModulus());
        }
        String signatureAlgorithm = switch (privateKey.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "EdDSA", "Ed25519", "Ed448" -> "EdDSA";
            default -> null;
        };
        if (signatureAlgorithm == null) {
            return true;
        }
        try {
            Signature signer = Signature.getInstance(signatureAlgorithm);
            signer.initSign(privateKey);
            signer.update(PROBE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(signatureAlgorithm);
            verifier.initVerify(publicKey);
            verifier.update(PROBE);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // A public key of another algorithm than the private key: not a pair.
            return false;
        }
    }
}
