package org.meshbench.broker.internal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The private key and certificate chain a TLS server presents, read from a {@code TlsIdentity}.
 *
 * @param key the private key
 * @param chain the server certificate first, then any intermediate CAs; never empty
 */
record ServerIdentity(PrivateKey key, List<X509Certificate> chain) {

    ServerIdentity {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A server identity needs a certificate");
        }
    }

    /** @return the certificate that names the server */
    X509Certificate certificate() {
        return chain.get(0);
    }
}
