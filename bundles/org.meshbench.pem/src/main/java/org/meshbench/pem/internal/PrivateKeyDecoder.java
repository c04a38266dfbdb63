package org.meshbench.pem.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.HexFormat;
import java.util.Map;

/**
 * Decodes unencrypted private keys: PKCS#8 ({@code PRIVATE KEY}: RSA, RSASSA-PSS, EC, EdDSA), PKCS#1
 * ({@code RSA PRIVATE KEY}) and SEC1 ({@code EC PRIVATE KEY}), the formats OpenSSL writes. Encrypted keys
 * are refused with a hint, because no caller has a passphrase.
 */
public final class PrivateKeyDecoder {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] RSA_OID = HEX.parseHex("2A864886F70D010101");
    private static final byte[] EC_OID = HEX.parseHex("2A8648CE3D0201");
    private static final Map<String, String> ALGORITHMS = Map.of(
            HEX.formatHex(RSA_OID), "RSA",
            "2a864886f70d01010a", "RSASSA-PSS",
            HEX.formatHex(EC_OID), "EC",
            "2b6570", "Ed25519",
            "2b6571", "Ed448");
    private static final byte[] VERSION_0 = {Der.INTEGER, 1, 0};
    private static final byte[] DER_NULL = {Der.NULL, 0};

    private PrivateKeyDecoder() {
    }

    /**
     * @param block a PEM block whose label ends with {@code PRIVATE KEY}
     * @return the key
     * @throws GeneralSecurityException if the key is encrypted, broken or of an unsupported type
     */
    public static PrivateKey decode(PemBlocks.Block block) throws GeneralSecurityException {
        if (block.label().equals("ENCRYPTED PRIVATE KEY") || block.hasHeaders()) {
            throw new GeneralSecurityException("encrypted private keys are not supported;"
                    + " decrypt it with 'openssl pkcs8 -topk8 -nocrypt'");
        }
        return switch (block.label()) {
            case "PRIVATE KEY" -> fromPkcs8(block.der());
            case "RSA PRIVATE KEY" -> fromPkcs8(wrap(RSA_OID, DER_NULL, block.der()));
            case "EC PRIVATE KEY" -> fromPkcs8(wrap(EC_OID, sec1Curve(block.der()), block.der()));
            default -> throw new GeneralSecurityException("unsupported key type " + block.label());
        };
    }

    private static PrivateKey fromPkcs8(byte[] pkcs8) throws GeneralSecurityException {
        Der.Reader fields = new Der.Reader(pkcs8).expect(Der.SEQUENCE).children();
        fields.expect(Der.INTEGER);
        byte[] oid = fields.expect(Der.SEQUENCE).children().expect(Der.OID).content();
        String algorithm = ALGORITHMS.get(HEX.formatHex(oid));
        if (algorithm == null) {
            throw new GeneralSecurityException("unsupported key algorithm (OID " + HEX.formatHex(oid) + ")");
        }
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    /** The named-curve OID from the SEC1 structure's [0] parameters, DER-encoded. */
    private static byte[] sec1Curve(byte[] sec1) throws GeneralSecurityException {
        Der.Reader fields = new Der.Reader(sec1).expect(Der.SEQUENCE).children();
        fields.expect(Der.INTEGER);
        fields.expect(Der.OCTET_STRING);
        while (fields.hasNext()) {
            Der.Element field = fields.next();
            if (field.tag() == Der.CONTEXT_0) {
                Der.Element curve = field.children().next();
                if (curve.tag() != Der.OID) {
                    throw new GeneralSecurityException("EC keys with explicit curve parameters are"
                            + " not supported; use a named curve");
                }
                return Der.encode(Der.OID, curve.content());
            }
        }
        throw new GeneralSecurityException("EC key names no curve");
    }

    /** PKCS#8 around a PKCS#1 or SEC1 key: version 0, algorithm identifier, the key. */
    private static byte[] wrap(byte[] algorithmOid, byte[] parameters, byte[] key) {
        byte[] algorithm = Der.encode(Der.SEQUENCE, Der.encode(Der.OID, algorithmOid), parameters);
        return Der.encode(Der.SEQUENCE, VERSION_0, algorithm, Der.encode(Der.OCTET_STRING, key));
    }
}
