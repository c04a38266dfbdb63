package org.meshbench.broker.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/** Tells whether a private key and a certificate's public key are one pair, by signing and verifying. */
final class KeyPairCheck {

    private static final byte[] PROBE = "meshbench key pair check".getBytes(StandardCharsets.US_ASCII);

    private KeyPairCheck() {
    }

    /**
     * @param key a private key
     * @param publicKey a public key
     * @return {@code false} if a signature made with the key fails to verify with the public key;
     *         {@code true} if it verifies, or if the algorithm is none of RSA, EC and EdDSA
     */
    static boolean belongTogether(PrivateKey key, PublicKey publicKey) {
        String signatureAlgorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "EdDSA", "Ed25519", "Ed448" -> "EdDSA";
            default -> null;
        };
        if (signatureAlgorithm == null) {
            return true;
        }
        try {
            Signature signer = Signature.getInstance(signatureAlgorithm);
            signer.initSign(key);
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
