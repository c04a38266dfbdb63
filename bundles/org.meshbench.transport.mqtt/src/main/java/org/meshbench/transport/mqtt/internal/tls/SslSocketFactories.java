package org.meshbench.transport.mqtt.internal.tls;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.meshbench.pem.KeyPairs;
import org.meshbench.pem.PemFiles;
import org.meshbench.transport.mqtt.TlsOptions;

/** Builds the TLS socket factory for a transport from its {@link TlsOptions}. */
public final class SslSocketFactories {
    // Protects the in-memory key store only; it never reaches a disk.
    private static final char[] IN_MEMORY_PASSWORD = "in-memory".toCharArray();

    private SslSocketFactories() {
    }

    /**
     * @param tls the TLS settings
     * @return a factory of TCP_NODELAY sockets limited to the chosen TLS versions
     * @throws IOException if a PEM file cannot be read
     * @throws GeneralSecurityException if a PEM file is invalid or the key does not match
     */
    public static SSLSocketFactory create(TlsOptions tls) throws IOException, GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers(tls), trustManagers(tls), null);
        return new NoDelaySslSocketFactory(context.getSocketFactory(), tls.version().protocols());
    }

    private static TrustManager[] trustManagers(TlsOptions tls)
            throws IOException, GeneralSecurityException {
        if (!tls.verifyCertificate()) {
            return new TrustManager[] {new TrustAllManager()};
        }
        TrustManagerFactory factory =
                TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        if (tls.caFile().isEmpty()) {
            factory.init((KeyStore) null);
        } else {
            KeyStore store = emptyStore();
            List<X509Certificate> cas = PemFiles.readCertificates(tls.caFile().get());
            for (int i = 0; i < cas.size(); i++) {
                store.setCertificateEntry("ca-" + i, cas.get(i));
            }
            factory.init(store);
        }
        return factory.getTrustManagers();
    }

    private static KeyManager[] keyManagers(TlsOptions tls)
            throws IOException, GeneralSecurityException {
        if (tls.clientCertificateFile().isEmpty()) {
            return null;
        }
        Path certificateFile = tls.clientCertificateFile().get();
        Path keyFile = tls.clientKeyFile().orElseThrow();
        List<X509Certificate> chain = PemFiles.readCertificates(certificateFile);
        PrivateKey key = PemFiles.readPrivateKey(keyFile);
        if (!KeyPairs.match(key, chain.get(0).getPublicKey())) {
            throw new GeneralSecurityException(
                    keyFile + ": the private key does not belong to " + certificateFile);
        }
        KeyStore store = emptyStore();
        store.setKeyEntry("client", key, IN_MEMORY_PASSWORD, chain.toArray(X509Certificate[]::new));
        KeyManagerFactory factory =
                KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, IN_MEMORY_PASSWORD);
        return factory.getKeyManagers();
    }

    private static KeyStore emptyStore() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }
}
