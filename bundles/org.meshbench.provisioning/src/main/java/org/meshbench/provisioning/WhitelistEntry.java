package org.meshbench.provisioning;

import java.util.Objects;
import java.util.Optional;
import org.meshbench.protocol.value.Bytes;

/**
 * One node the server may provision. Immutable.
 *
 * @param uid the node's unique id as START carries it
 * @param method the method the node must ask for
 * @param factoryKey the node's factory key; present exactly for the secured method
 * @param data what the node receives
 */
public record WhitelistEntry(Bytes uid, ProvisioningMethod method, Optional<FactoryKey> factoryKey,
        ProvisioningData data) {

    /** Checks that the secured method has a factory key and the unsecured one none. */
    public WhitelistEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(data, "data");
        if (uid.isEmpty()) {
            throw new IllegalArgumentException("a UID has at least one byte");
        }
        if (factoryKey.isPresent() != (method == ProvisioningMethod.SECURED)) {
            throw new IllegalArgumentException("the secured method, and only it, needs a factory_key");
        }
    }
}
