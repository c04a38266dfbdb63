package org.meshbench.broker.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import org.meshbench.broker.BrokerStartException;
import org.meshbench.broker.TlsIdentity;
import org.meshbench.pem.PemFiles;

/** Reads a PEM certificate chain and an unencrypted PEM private key. */
final class PemIdentityReader {

    private PemIdentityReader() {
    }

    static ServerIdentity read(TlsIdentity.Pem pem) throws BrokerStartException {
        try {
            return new ServerIdentity(PemFiles.readPrivateKey(pem.privateKey()),
                    PemFiles.readCertificates(pem.certificateChain()));
        } catch (IOException e) {
            throw TlsFailure.of("Cannot read a PEM file: " + e, e);
        } catch (GeneralSecurityException e) {
            throw TlsFailure.of(e.getMessage(), e);
        }
    }
}
