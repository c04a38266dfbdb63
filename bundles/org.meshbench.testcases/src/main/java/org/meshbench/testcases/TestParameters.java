package org.meshbench.testcases;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meshbench.protocol.value.Bytes;

/**
 * The parameter values of one run of a test case, checked against its declarations, with defaults
 * applied. Immutable and thread-safe. The typed getters throw {@link IllegalArgumentException}
 * for a key the test case did not declare or a getter that does not match the declared type, and
 * {@link IllegalStateException} for an optional parameter without value (see {@link #isSet}).
 *
 * @since 0.1
 */
public final class TestParameters {

    private final Map<String, ParameterDescriptor> declared;
    private final Map<String, Object> values;
    private final Map<String, String> texts;

    private TestParameters(Map<String, ParameterDescriptor> declared, Map<String, Object> values,
            Map<String, String> texts) {
        this.declared = declared;
        this.values = values;
        this.texts = texts;
    }

    /**
     * @param testCaseId the test case, for messages
     * @param descriptors its declared parameters
     * @param given values as texts by key; keys not given take their defaults
     * @return the checked values
     * @throws ParameterException naming every unknown key, missing required value and bad value
     */
    public static TestParameters resolve(String testCaseId, List<ParameterDescriptor> descriptors,
            Map<String, String> given) throws ParameterException {
        Map<String, ParameterDescriptor> declared = new LinkedHashMap<>();
        descriptors.forEach(descriptor -> declared.put(descriptor.key(), descriptor));
        List<String> problems = new ArrayList<>();
        given.keySet().stream().filter(key -> !declared.containsKey(key)).sorted().forEach(key -> problems.add(
                "unknown parameter " + key + " (declared: " + String.join(", ", declared.keySet()) + ")"));
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (ParameterDescriptor descriptor : declared.values()) {
            String text = given.containsKey(descriptor.key()) ? given.get(descriptor.key())
                    : descriptor.defaultValue().orElse(null);
            if (text == null) {
                if (descriptor.required()) {
                    problems.add("parameter " + descriptor.key() + " is required");
                }
                continue;
            }
            try {
                values.put(descriptor.key(), descriptor.parse(text));
                texts.put(descriptor.key(), text);
            } catch (ParameterException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ParameterException(testCaseId + ": " + String.join("; ", problems));
        }
        return new TestParameters(Collections.unmodifiableMap(declared), Collections.unmodifiableMap(values),
                Collections.unmodifiableMap(texts));
    }

    /**
     * @param key a declared key
     * @return whether the parameter has a value (given or default)
     */
    public boolean isSet(String key) {
        descriptor(key);
        return values.containsKey(key);
    }

    /** @return the effective values as texts, by key in declaration order, for reports */
    public Map<String, String> asText() {
        return texts;
    }

    /**
     * @param key a {@code string} parameter
     * @return its value
     */
    public String text(String key) {
        return value(key, ParameterType.STRING, String.class);
    }

    /**
     * @param key a {@code choice} parameter
     * @return the chosen value
     */
    public String choice(String key) {
        return value(key, ParameterType.CHOICE, String.class);
    }

    /**
     * @param key an {@code integer} parameter
     * @return its value
     */
    public long integer(String key) {
        return value(key, ParameterType.INTEGER, Long.class);
    }

    /**
     * @param key a {@code decimal} parameter
     * @return its value
     */
    public double decimal(String key) {
        return value(key, ParameterType.DECIMAL, Double.class);
    }

    /**
     * @param key a {@code boolean} parameter
     * @return its value
     */
    public boolean bool(String key) {
        return value(key, ParameterType.BOOLEAN, Boolean.class);
    }

    /**
     * @param key a {@code duration} parameter
     * @return its value
     */
    public Duration duration(String key) {
        return value(key, ParameterType.DURATION, Duration.class);
    }

    /**
     * @param key a {@code hex} parameter
     * @return its value
     */
    public Bytes bytes(String key) {
        return value(key, ParameterType.HEX, Bytes.class);
    }

    /**
     * @param key a {@code stringList} parameter
     * @return its items, in order
     */
    @SuppressWarnings("unchecked")
    public List<String> textList(String key) {
        return value(key, ParameterType.STRING_LIST, List.class);
    }

    /**
     * @param key an {@code integerList} parameter
     * @return its items, in order
     */
    @SuppressWarnings("unchecked")
    public List<Long> integerList(String key) {
        return value(key, ParameterType.INTEGER_LIST, List.class);
    }

    private <T> T value(String key, ParameterType expected, Class<T> javaType) {
        ParameterDescriptor descriptor = descriptor(key);
        if (descriptor.type() != expected) {
            throw new IllegalArgumentException("parameter " + key + " is declared as " + descriptor.type().declaredName()
                    + ", not " + expected.declaredName());
        }
        Object value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("parameter " + key + " has no value and no default");
        }
        return javaType.cast(value);
    }

    private ParameterDescriptor descriptor(String key) {
        ParameterDescriptor descriptor = declared.get(key);
        if (descriptor == null) {
            throw new IllegalArgumentException("parameter " + key + " is not declared");
        }
        return descriptor;
    }
}
