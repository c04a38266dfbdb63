package org.meshbench.provisioning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.internal.WhitelistYaml;

/**
 * The nodes the server provisions, by UID, read from backend-client's YAML format: each top-level
 * key is a UID (text, or hex bytes written {@code 0x..}), its value the entry with {@code method}
 * (0 unsecured, 1 secured), {@code factory_key} (32 bytes, secured only), {@code encryption_key}
 * and {@code authentication_key} (16 bytes each), and optionally {@code network_address},
 * {@code network_channel}, {@code node_id}, {@code node_role} and {@code user_specific} (keys
 * 128..255). Byte values are written as {@code 0x..} hex bytes separated by spaces; numbers in
 * decimal or {@code 0x} hex. Immutable.
 */
public final class Whitelist {

    private final Map<Bytes, WhitelistEntry> entries;

    private Whitelist(Map<Bytes, WhitelistEntry> entries) {
        this.entries = entries;
    }

    /**
     * @param entries the entries; a UID given twice is an error
     * @return the whitelist
     */
    public static Whitelist of(List<WhitelistEntry> entries) {
        Map<Bytes, WhitelistEntry> byUid = new LinkedHashMap<>();
        for (WhitelistEntry entry : entries) {
            if (byUid.put(entry.uid(), entry) != null) {
                throw new IllegalArgumentException("UID " + entry.uid().toHex() + " is listed twice");
            }
        }
        return new Whitelist(byUid);
    }

    /**
     * @param yaml the whitelist text
     * @return the whitelist
     * @throws WhitelistException naming the entry and key that are wrong
     */
    public static Whitelist parse(String yaml) throws WhitelistException {
        return of(WhitelistYaml.entries(yaml));
    }

    /**
     * @param file a whitelist file
     * @return the whitelist
     * @throws WhitelistException if it cannot be read or is wrong
     */
    public static Whitelist read(Path file) throws WhitelistException {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WhitelistException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * @param uid a node's UID
     * @return its entry, if listed
     */
    public Optional<WhitelistEntry> entry(Bytes uid) {
        return Optional.ofNullable(entries.get(uid));
    }

    /** @return the entries in file order */
    public Collection<WhitelistEntry> entries() {
        return List.copyOf(entries.values());
    }
}
