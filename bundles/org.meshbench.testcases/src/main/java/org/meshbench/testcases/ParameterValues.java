package org.meshbench.testcases;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.meshbench.protocol.value.Bytes;

/** Turns parameter texts into values of their {@link ParameterType}; stateless. */
final class ParameterValues {

    private ParameterValues() {
    }

    /**
     * @param type the declared type
     * @param text the text
     * @return the value, of the Java type {@link ParameterType} documents
     * @throws IllegalArgumentException saying why the text does not fit the type
     */
    static Object parse(ParameterType type, String text) {
        return switch (type) {
            case STRING, CHOICE -> text;
            case INTEGER -> integer(text);
            case DECIMAL -> decimal(text);
            case BOOLEAN -> bool(text);
            case DURATION -> DurationText.parse(text);
            case HEX -> hex(text);
            case STRING_LIST -> items(text);
            case INTEGER_LIST -> items(text).stream().map(ParameterValues::integer).toList();
        };
    }

    /**
     * @param type a bounded type
     * @param text a bound or a value
     * @return the comparable scalar: Long, Double or Duration
     */
    @SuppressWarnings("unchecked")
    static Comparable<Object> scalar(ParameterType type, String text) {
        Object value = switch (type) {
            case INTEGER, INTEGER_LIST -> integer(text);
            case DECIMAL -> decimal(text);
            case DURATION -> DurationText.parse(text);
            default -> throw new IllegalArgumentException(type.declaredName() + " parameters have no bounds");
        };
        return (Comparable<Object>) value;
    }

    /** Decimal or {@code 0x} hex, with an optional sign; a leading zero is not octal. */
    static long integer(String text) {
        String trimmed = text.trim();
        boolean negative = trimmed.startsWith("-");
        String digits = negative || trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
        try {
            boolean hex = digits.startsWith("0x") || digits.startsWith("0X");
            long magnitude = hex ? Long.parseLong(digits.substring(2), 16) : Long.parseLong(digits);
            return negative ? -magnitude : magnitude;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number", e);
        }
    }

    private static double decimal(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like an infinite value
        }
        throw new IllegalArgumentException("'" + text + "' is not a decimal number");
    }

    private static boolean bool(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("'" + text + "' is neither true nor false");
        };
    }

    private static Bytes hex(String text) {
        String trimmed = text.trim();
        boolean prefixed = trimmed.startsWith("0x") || trimmed.startsWith("0X");
        return Bytes.fromHex(prefixed ? trimmed.substring(2) : trimmed);
    }

    private static List<String> items(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }
}
