package org.meshbench.network;

import java.util.Objects;
import org.meshbench.protocol.value.GatewayFeature;

/** A request needs a feature that the gateway's status does not announce; nothing was sent. */
public final class FeatureNotSupportedException extends NetworkException {

    private static final long serialVersionUID = 1L;

    private final String gatewayId;
    private final GatewayFeature feature;

    /**
     * @param gatewayId the gateway
     * @param feature the missing feature
     * @param what what needed it
     */
    public FeatureNotSupportedException(String gatewayId, GatewayFeature feature, String what) {
        super(what + " needs " + feature + ", which gateway " + gatewayId + " does not announce", null);
        this.gatewayId = Objects.requireNonNull(gatewayId, "gatewayId");
        this.feature = Objects.requireNonNull(feature, "feature");
    }

    /** @return the gateway */
    public String gatewayId() {
        return gatewayId;
    }

    /** @return the missing feature */
    public GatewayFeature feature() {
        return feature;
    }
}
