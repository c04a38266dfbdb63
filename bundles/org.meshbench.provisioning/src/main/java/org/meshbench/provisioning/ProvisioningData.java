package org.meshbench.provisioning;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.internal.ProvisioningCbor;

/**
 * What a node receives in DATA, as the CBOR map of the protocol: key 0 encryption key, 1
 * authentication key, 2 network address, 3 network channel, 4 node address, 5 node role, 128–255
 * user-specific values. Absent optional values leave the node's own. Immutable.
 *
 * @param encryptionKey the network's 16-byte encryption key
 * @param authenticationKey the network's 16-byte authentication key
 * @param networkAddress the network to join
 * @param networkChannel its channel
 * @param nodeAddress the node's new address (the whitelist's {@code node_id})
 * @param nodeRole the node's role byte
 * @param userSpecific values for keys 128..255: {@link Long}, {@link String} or {@link Bytes}
 */
public record ProvisioningData(Bytes encryptionKey, Bytes authenticationKey, OptionalLong networkAddress,
        OptionalLong networkChannel, OptionalLong nodeAddress, OptionalLong nodeRole,
        SortedMap<Integer, Object> userSpecific) {

    /** Bytes of each network key. */
    public static final int KEY_LENGTH = 16;
    /** First user-specific key. */
    public static final int FIRST_USER_KEY = 128;
    /** Last user-specific key. */
    public static final int LAST_USER_KEY = 255;

    /** Checks sizes, keys and value types; copies the map. */
    public ProvisioningData {
        requireKey(encryptionKey, "encryption key");
        requireKey(authenticationKey, "authentication key");
        Objects.requireNonNull(networkAddress, "networkAddress");
        Objects.requireNonNull(networkChannel, "networkChannel");
        Objects.requireNonNull(nodeAddress, "nodeAddress");
        Objects.requireNonNull(nodeRole, "nodeRole");
        userSpecific = Collections.unmodifiableSortedMap(new TreeMap<>(userSpecific));
        userSpecific.forEach(ProvisioningData::requireUserValue);
    }

    /**
     * @param encryptionKey the network's encryption key
     * @param authenticationKey the network's authentication key
     * @return data with the keys only
     */
    public static ProvisioningData keys(Bytes encryptionKey, Bytes authenticationKey) {
        return new ProvisioningData(encryptionKey, authenticationKey, OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty(), OptionalLong.empty(), new TreeMap<>());
    }

    /** @return the CBOR map, keys in ascending order, every length definite */
    public byte[] toCbor() {
        return ProvisioningCbor.write(this);
    }

    /**
     * @param cbor a CBOR map
     * @return the data it holds; unknown keys below 128 are ignored, as a node ignores them
     * @throws IllegalArgumentException if it is not a map with both keys and well-typed values
     */
    public static ProvisioningData fromCbor(byte[] cbor) {
        return ProvisioningCbor.read(cbor);
    }

    private static void requireKey(Bytes key, String name) {
        if (key == null || key.size() != KEY_LENGTH) {
            throw new IllegalArgumentException(name + " must be " + KEY_LENGTH + " bytes");
        }
    }

    private static void requireUserValue(Integer key, Object value) {
        if (key < FIRST_USER_KEY || key > LAST_USER_KEY) {
            throw new IllegalArgumentException("user-specific keys are 128..255, got " + key);
        }
        if (!(value instanceof Long || value instanceof String || value instanceof Bytes)) {
            throw new IllegalArgumentException("user-specific value " + key + " must be a number, text or bytes");
        }
    }
}
