package org.meshbench.decoders.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.meshbench.decoders.DecodedField;

/** Compares one decoded field with its expectation, by the rules of the vector file format. */
final class FieldComparison {

    private static final double RELATIVE_TOLERANCE = 1e-9;

    private FieldComparison() {
    }

    static List<String> compare(String path, ExpectedField expected, DecodedField actual) {
        List<String> mismatches = new ArrayList<>();
        if (expected.checksValue() && !sameValue(expected.value(), actual.value())) {
            mismatches.add(path + " = " + actual.display() + " (" + typeOf(actual.value())
                    + "), expected " + expected.value());
        }
        expected.display().filter(d -> !d.equals(actual.display()))
                .ifPresent(d -> mismatches.add(path + " displays '" + actual.display() + "', expected '" + d + "'"));
        expected.unit().filter(u -> !u.equals(actual.unit()))
                .ifPresent(u -> mismatches.add(path + " unit '" + actual.unit() + "', expected '" + u + "'"));
        expected.offset().stream().filter(o -> o != actual.offset())
                .forEach(o -> mismatches.add(path + " offset " + actual.offset() + ", expected " + o));
        expected.length().stream().filter(l -> l != actual.length())
                .forEach(l -> mismatches.add(path + " length " + actual.length() + ", expected " + l));
        return mismatches;
    }

    static boolean sameNumber(BigDecimal expected, double actual) {
        double wanted = expected.doubleValue();
        return Math.abs(actual - wanted) <= RELATIVE_TOLERANCE * Math.max(1.0, Math.abs(wanted));
    }

    private static boolean sameValue(Object expected, Object actual) {
        if (expected instanceof BigDecimal number) {
            return switch (actual) {
                case Long integer -> number.compareTo(BigDecimal.valueOf(integer)) == 0;
                case Double decimal -> sameNumber(number, decimal);
                case null, default -> false;
            };
        }
        if (expected instanceof String text && actual instanceof byte[] bytes) {
            return text.replace(" ", "").equalsIgnoreCase(HexFormat.of().formatHex(bytes));
        }
        return Objects.equals(expected, actual);
    }

    private static String typeOf(Object value) {
        return value == null ? "group" : value.getClass().getSimpleName();
    }
}
