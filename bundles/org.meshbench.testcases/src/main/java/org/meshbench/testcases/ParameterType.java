package org.meshbench.testcases;

import java.util.Arrays;
import java.util.Optional;

/**
 * The type of a test-case parameter, as named in the {@code type} attribute of a
 * {@code parameter} element, and the Java type of its value in {@link TestParameters}.
 *
 * @since 0.1
 */
public enum ParameterType {
    /** Any text ({@link String}). */
    STRING("string", false),
    /** A whole number, decimal or {@code 0x} hexadecimal ({@link Long}); may have bounds. */
    INTEGER("integer", true),
    /** A decimal number ({@link Double}); may have bounds. */
    DECIMAL("decimal", true),
    /** {@code true} or {@code false} ({@link Boolean}). */
    BOOLEAN("boolean", false),
    /** A duration such as {@code 10s} ({@link java.time.Duration}, see {@link DurationText}); may have bounds. */
    DURATION("duration", true),
    /** Bytes as hex digits, optionally after {@code 0x} ({@link org.meshbench.protocol.value.Bytes}). */
    HEX("hex", false),
    /** One of the declared choices ({@link String}). */
    CHOICE("choice", false),
    /** Comma-separated texts ({@code List<String>}); blank entries are dropped. */
    STRING_LIST("stringList", false),
    /** Comma-separated whole numbers ({@code List<Long>}); the bounds apply to each. */
    INTEGER_LIST("integerList", true);

    private final String declaredName;
    private final boolean bounded;

    ParameterType(String declaredName, boolean bounded) {
        this.declaredName = declaredName;
        this.bounded = bounded;
    }

    /** @return the name used in plugin.xml, e.g. {@code integerList} */
    public String declaredName() {
        return declaredName;
    }

    /** @return whether {@code min} and {@code max} apply to this type */
    public boolean bounded() {
        return bounded;
    }

    /**
     * @param name a name as used in plugin.xml
     * @return the type with that name
     */
    public static Optional<ParameterType> byDeclaredName(String name) {
        return Arrays.stream(values()).filter(type -> type.declaredName.equals(name)).findFirst();
    }
}
