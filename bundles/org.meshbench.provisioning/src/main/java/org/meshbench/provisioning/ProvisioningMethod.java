package org.meshbench.provisioning;

import java.util.Arrays;
import java.util.Optional;

/** How a node asks to be provisioned: in the clear, or with its factory key. */
public enum ProvisioningMethod {
    /** DATA carries the CBOR map as is (key index 0). */
    UNSECURED(0),
    /** DATA carries the CBOR map and its MIC encrypted with the factory key (key index 1). */
    SECURED(1);

    private final int code;

    ProvisioningMethod(int code) {
        this.code = code;
    }

    /** @return the method byte of START, also the key index of DATA */
    public int code() {
        return code;
    }

    /**
     * @param code a method byte
     * @return the method, if the byte names one
     */
    public static Optional<ProvisioningMethod> of(int code) {
        return Arrays.stream(values()).filter(method -> method.code == code).findFirst();
    }
}
