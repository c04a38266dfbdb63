package org.meshbench.transport.mqtt.internal.tls;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAKey;

/**
 * Checks that a private key belongs to a certificate's public key, so that a mixed-up key
 * file fails with a clear message instead of an obscure TLS handshake error.
 */
public final class KeyPairs {
    private static final byte[] PROBE = "meshbench key check".getBytes(StandardCharsets.US_ASCII);

    private KeyPairs() {
    }

    /**
     * @param privateKey the client key
     * @param publicKey the public key of the client certificate
     * @return whether they form a pair
     * @throws GeneralSecurityException if the key type cannot sign
     */
    public static boolean match(PrivateKey privateKey, PublicKey publicKey)
            throws GeneralSecurityException {
        if (privateKey instanceof RSAKey rsaPrivate) {
            return publicKey instanceof RSAKey rsaPublic
                    && rsaPrivate.getModulus().equals(rsaPublic.getModulus());
        }
        if (!privateKey.getAlgorithm().equals(publicKey.getAlgorithm())) {
            return false;
        }
        String algorithm = privateKey.getAlgorithm().equals("EC") ? "SHA256withECDSA"
                : privateKey.getAlgorithm();
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(privateKey);
        signer.update(PROBE);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(publicKey);
        verifier.update(PROBE);
        return verifier.verify(signature);
    }
}
