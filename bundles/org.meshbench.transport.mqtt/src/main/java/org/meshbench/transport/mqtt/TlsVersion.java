package org.meshbench.transport.mqtt;

import java.util.List;

/**
 * Which TLS protocol versions the transport offers to the broker.
 */
public enum TlsVersion {
    /** TLS 1.2 or 1.3, whichever the broker prefers (the default). */
    TLS_1_2_OR_LATER(List.of("TLSv1.3", "TLSv1.2")),
    /** Exactly TLS 1.2 (what the Python backend tools use by default). */
    TLS_1_2(List.of("TLSv1.2")),
    /** Exactly TLS 1.3. */
    TLS_1_3(List.of("TLSv1.3"));

    private final List<String> protocols;

    TlsVersion(List<String> protocols) {
        this.protocols = protocols;
    }

    /** @return the JSSE protocol names to enable, e.g. {@code TLSv1.2} */
    public List<String> protocols() {
        return protocols;
    }
}
