package org.meshbench.broker.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.meshbench.broker.BrokerStartException;
import org.meshbench.broker.TlsIdentity;

/** Reads the first private key entry of a PKCS#12 key store. */
final class Pkcs12IdentityReader {

    private Pkcs12IdentityReader() {
    }

    static ServerIdentity read(TlsIdentity.Pkcs12 pkcs12) throws BrokerStartException {
        char[] password = pkcs12.password();
        KeyStore store = load(pkcs12, password);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getKey(alias, password) instanceof PrivateKey key) {
                    return new ServerIdentity(key, x509(store.getCertificateChain(alias)));
                }
            }
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw TlsFailure.of("Cannot take the key entry out of " + pkcs12.keyStore() + ": " + e, e);
        }
        throw TlsFailure.of(pkcs12.keyStore() + " holds no private key entry", null);
    }

    private static KeyStore load(TlsIdentity.Pkcs12 pkcs12, char[] password) throws BrokerStartException {
        try (InputStream in = Files.newInputStream(pkcs12.keyStore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            // The JDK reports a wrong password as an IOException caused by UnrecoverableKeyException.
            throw TlsFailure.of("Cannot open the PKCS#12 key store " + pkcs12.keyStore()
                    + " (wrong password, or not a PKCS#12 file?): " + e, e);
        }
    }

    private static List<X509Certificate> x509(Certificate[] chain) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : chain == null ? new Certificate[0] : chain) {
            certificates.add((X509Certificate) certificate);
        }
        return certificates;
    }
}
