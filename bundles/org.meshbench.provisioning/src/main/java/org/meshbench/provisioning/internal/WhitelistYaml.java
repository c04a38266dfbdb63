package org.meshbench.provisioning.internal;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.FactoryKey;
import org.meshbench.provisioning.ProvisioningData;
import org.meshbench.provisioning.ProvisioningMethod;
import org.meshbench.provisioning.WhitelistEntry;
import org.meshbench.provisioning.WhitelistException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads backend-client's whitelist YAML from the node tree, so that every value is interpreted
 * from its text: {@code 0x}-prefixed hex stays bytes with its leading zeros (a YAML loader would
 * turn {@code 0x00 0x01} into text and {@code 0x0001} into a number), numbers follow Python's
 * {@code int(text, 0)}, as backend-client reads them.
 */
public final class WhitelistYaml {

    private static final Set<String> KEYS = Set.of("method", "factory_key", "encryption_key", "authentication_key",
            "network_address", "network_channel", "node_id", "node_role", "user_specific");

    private WhitelistYaml() {
    }

    /**
     * @param yaml the whitelist text
     * @return its entries in file order
     * @throws WhitelistException naming the entry and key that are wrong
     */
    public static List<WhitelistEntry> entries(String yaml) throws WhitelistException {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (YAMLException e) {
            throw new WhitelistException("the whitelist is not YAML: " + e.getMessage());
        }
        if (root == null) {
            return List.of();
        }
        List<WhitelistEntry> entries = new ArrayList<>();
        Set<Bytes> uids = new HashSet<>();
        for (NodeTuple tuple : mapping(root, "the whitelist").getValue()) {
            String name = scalar(tuple.getKeyNode(), "a UID");
            try {
                WhitelistEntry entry = entry(bytes(name), fields(tuple.getValueNode(), name));
                if (!uids.add(entry.uid())) {
                    throw new IllegalArgumentException("the UID is listed twice");
                }
                entries.add(entry);
            } catch (IllegalArgumentException e) {
                throw new WhitelistException("whitelist entry '" + name + "': " + e.getMessage());
            }
        }
        return entries;
    }

    private static Map<String, Node> fields(Node node, String uid) throws WhitelistException {
        Map<String, Node> fields = new TreeMap<>();
        for (NodeTuple tuple : mapping(node, "entry '" + uid + "'").getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key of entry '" + uid + "'");
            if (!KEYS.contains(key)) {
                throw new WhitelistException("whitelist entry '" + uid + "': unknown key " + key);
            }
            fields.put(key, tuple.getValueNode());
        }
        return fields;
    }

    private static WhitelistEntry entry(Bytes uid, Map<String, Node> fields) throws WhitelistException {
        long methodCode = number(required(fields, "method"), "method");
        ProvisioningMethod method = ProvisioningMethod.of((int) methodCode).filter(m -> m.code() == methodCode)
                .orElseThrow(() -> new IllegalArgumentException("method must be 0 (unsecured) or 1 (secured)"));
        Optional<FactoryKey> factoryKey = Optional.ofNullable(fields.get("factory_key"))
                .map(node -> new FactoryKey(bytes(text(node, "factory_key"))));
        ProvisioningData data = new ProvisioningData(key(fields, "encryption_key"), key(fields, "authentication_key"),
                optionalNumber(fields, "network_address"), optionalNumber(fields, "network_channel"),
                optionalNumber(fields, "node_id"), optionalNumber(fields, "node_role"), userSpecific(fields));
        return new WhitelistEntry(uid, method, factoryKey, data);
    }

    private static Bytes key(Map<String, Node> fields, String name) throws WhitelistException {
        Bytes key = bytes(text(required(fields, name), name));
        if (key.size() != ProvisioningData.KEY_LENGTH) {
            throw new IllegalArgumentException(name + " must be 16 bytes, got " + key.size());
        }
        return key;
    }

    private static SortedMap<Integer, Object> userSpecific(Map<String, Node> fields)
            throws WhitelistException {
        SortedMap<Integer, Object> values = new TreeMap<>();
        Node node = fields.get("user_specific");
        if (node == null) {
            return values;
        }
        for (NodeTuple tuple : mapping(node, "user_specific").getValue()) {
            long key = number(tuple.getKeyNode(), "a user_specific key");
            if (key < ProvisioningData.FIRST_USER_KEY || key > ProvisioningData.LAST_USER_KEY) {
                throw new IllegalArgumentException("user_specific keys are 128..255, got " + key);
            }
            Node value = tuple.getValueNode();
            String text = text(value, "user_specific " + key);
            values.put((int) key, Tag.INT.equals(value.getTag()) ? number(value, "user_specific " + key)
                    : isHex(text) ? bytes(text) : text);
        }
        return values;
    }

    private static Node required(Map<String, Node> fields, String name) {
        Node node = fields.get(name);
        if (node == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return node;
    }

    private static OptionalLong optionalNumber(Map<String, Node> fields, String name) {
        Node node = fields.get(name);
        return node == null ? OptionalLong.empty() : OptionalLong.of(number(node, name));
    }

    /** Python's {@code int(text, 0)}: decimal, or 0x / 0o / 0b with a base; non-negative here. */
    private static long number(Node node, String name) {
        String text = text(node, name).trim().replace("_", "");
        String prefix = text.length() > 2 ? text.substring(0, 2).toLowerCase(Locale.ROOT) : "";
        int radix = switch (prefix) {
            case "0x" -> 16;
            case "0o" -> 8;
            case "0b" -> 2;
            default -> 10;
        };
        try {
            long value = Long.parseLong(radix == 10 ? text : text.substring(2), radix);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " is not a non-negative number: " + text);
    }

    /** Hex bytes written {@code 0x..}, one or many (separated by blanks); any other text stands for its UTF-8 bytes. */
    private static Bytes bytes(String text) {
        if (!isHex(text)) {
            return Bytes.of(text.getBytes(StandardCharsets.UTF_8));
        }
        String digits = text.replaceAll("(?i)0x", "").replaceAll("\\s+", "");
        try {
            return Bytes.fromHex(digits.length() % 2 == 0 ? digits : "0" + digits);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not hex bytes");
        }
    }

    private static boolean isHex(String text) {
        return text.trim().toLowerCase(Locale.ROOT).startsWith("0x");
    }

    private static String text(Node node, String name) {
        if (!(node instanceof ScalarNode scalar)) {
            throw new IllegalArgumentException(name + " must be a single value");
        }
        return scalar.getValue();
    }

    private static String scalar(Node node, String name) throws WhitelistException {
        if (!(node instanceof ScalarNode scalar)) {
            throw new WhitelistException(name + " must be a single value, at line " + (node.getStartMark().getLine() + 1));
        }
        return scalar.getValue();
    }

    private static MappingNode mapping(Node node, String name) throws WhitelistException {
        if (!(node instanceof MappingNode mapping)) {
            throw new WhitelistException(name + " must be a mapping, at line " + (node.getStartMark().getLine() + 1));
        }
        return mapping;
    }
}
