package org.meshbench.provisioning.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.ProvisioningData;

/**
 * The CBOR map of {@link ProvisioningData}, through Jackson's CBOR streaming API. Integer keys, a
 * definite-length map and the shortest integer encodings, as backend-client's cbor2 writes them.
 */
public final class ProvisioningCbor {

    private static final int ENCRYPTION_KEY = 0;
    private static final int AUTHENTICATION_KEY = 1;
    private static final int NETWORK_ADDRESS = 2;
    private static final int NETWORK_CHANNEL = 3;
    private static final int NODE_ADDRESS = 4;
    private static final int NODE_ROLE = 5;
    private static final CBORFactory FACTORY = new CBORFactory();

    private ProvisioningCbor() {
    }

    /**
     * @param data the data
     * @return its CBOR map
     */
    public static byte[] write(ProvisioningData data) {
        Map<Integer, Object> entries = new TreeMap<>();
        entries.put(ENCRYPTION_KEY, data.encryptionKey());
        entries.put(AUTHENTICATION_KEY, data.authenticationKey());
        put(entries, NETWORK_ADDRESS, data.networkAddress());
        put(entries, NETWORK_CHANNEL, data.networkChannel());
        put(entries, NODE_ADDRESS, data.nodeAddress());
        put(entries, NODE_ROLE, data.nodeRole());
        entries.putAll(data.userSpecific());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator generator = FACTORY.createGenerator(out)) {
            generator.writeStartObject(null, entries.size());
            for (Map.Entry<Integer, Object> entry : entries.entrySet()) {
                generator.writeFieldId(entry.getKey());
                switch (entry.getValue()) {
                    case Bytes bytes -> generator.writeBinary(bytes.toByteArray());
                    case Long number -> generator.writeNumber(number);
                    default -> generator.writeString((String) entry.getValue());
                }
            }
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    /**
     * @param cbor a CBOR map
     * @return the data in it
     * @throws IllegalArgumentException if it is not the provisioning map
     */
    public static ProvisioningData read(byte[] cbor) {
        Map<Integer, Object> entries = new TreeMap<>();
        try (JsonParser parser = FACTORY.createParser(cbor)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("provisioning data is not a CBOR map");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                int key = key(parser.currentName());
                entries.put(key, value(parser, parser.nextToken()));
            }
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("bytes after the provisioning map");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("provisioning data is not well-formed CBOR: " + e.getMessage(), e);
        }
        Object encryption = entries.remove(ENCRYPTION_KEY);
        Object authentication = entries.remove(AUTHENTICATION_KEY);
        if (!(encryption instanceof Bytes encryptionKey) || !(authentication instanceof Bytes authenticationKey)) {
            throw new IllegalArgumentException("provisioning data lacks its keys as byte strings");
        }
        return new ProvisioningData(encryptionKey, authenticationKey, number(entries, NETWORK_ADDRESS),
                number(entries, NETWORK_CHANNEL), number(entries, NODE_ADDRESS), number(entries, NODE_ROLE),
                new TreeMap<>(entries.entrySet().stream().filter(e -> e.getKey() >= ProvisioningData.FIRST_USER_KEY)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    }

    private static void put(Map<Integer, Object> entries, int key, OptionalLong value) {
        value.ifPresent(number -> entries.put(key, number));
    }

    /** Jackson hands integer map keys over as their decimal text. */
    private static int key(String name) {
        try {
            int key = Integer.parseInt(name);
            if (key >= 0 && key <= ProvisioningData.LAST_USER_KEY) {
                return key;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("provisioning data key " + name + " is not an integer 0..255");
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_EMBEDDED_OBJECT -> Bytes.of(parser.getBinaryValue());
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER || parser.getLongValue() < 0) {
                    throw new IllegalArgumentException("provisioning data number out of range: " + parser.getText());
                }
                yield parser.getLongValue();
            }
            case VALUE_STRING -> parser.getText();
            default -> throw new IllegalArgumentException("provisioning data value of an unsupported type: " + token);
        };
    }

    private static OptionalLong number(Map<Integer, Object> entries, int key) {
        Object value = entries.remove(key);
        if (value == null) {
            return OptionalLong.empty();
        }
        if (value instanceof Long number) {
            return OptionalLong.of(number);
        }
        throw new IllegalArgumentException("provisioning data value " + key + " must be a number");
    }
}
