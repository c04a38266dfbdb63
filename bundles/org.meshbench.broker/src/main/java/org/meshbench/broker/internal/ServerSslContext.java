package org.meshbench.broker.internal;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLException;
import org.meshbench.broker.BrokerStartException;
import org.meshbench.broker.TlsIdentity;
import org.meshbench.pem.KeyPairs;

/**
 * Builds the broker's TLS context and checks the material first, so that a bad file fails the start
 * instead of every handshake.
 */
final class ServerSslContext {

    private ServerSslContext() {
    }

    static SslContext build(TlsIdentity tls) throws BrokerStartException {
        ServerIdentity identity = switch (tls) {
            case TlsIdentity.Pem pem -> PemIdentityReader.read(pem);
            case TlsIdentity.Pkcs12 pkcs12 -> Pkcs12IdentityReader.read(pkcs12);
        };
        checkValidNow(identity.certificate(), tls);
        if (!KeyPairs.match(identity.key(), identity.certificate().getPublicKey())) {
            throw TlsFailure.of("The private key does not belong to the server certificate in " + tls, null);
        }
        try {
            // The JDK's TLS; Netty's OpenSSL binding (netty-tcnative) is native code we do not ship.
            return SslContextBuilder.forServer(identity.key(), identity.chain().toArray(X509Certificate[]::new))
                    .sslProvider(SslProvider.JDK)
                    .build();
        } catch (SSLException | IllegalArgumentException e) {
            throw TlsFailure.of("The TLS material in " + tls + " is unusable: " + e.getMessage(), e);
        }
    }

    private static void checkValidNow(X509Certificate certificate, TlsIdentity tls) throws BrokerStartException {
        try {
            certificate.checkValidity();
        } catch (CertificateExpiredException e) {
            throw TlsFailure.of("The server certificate in " + tls + " expired on " + certificate.getNotAfter(), e);
        } catch (CertificateNotYetValidException e) {
            throw TlsFailure.of("The server certificate in " + tls + " is valid only from "
                    + certificate.getNotBefore(), e);
        }
    }
}
