package org.meshbench.protocol.internal.json;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import org.meshbench.json.JsonValue;

/** Converts one JSON scalar to the Java value protobuf's reflection expects for a field. */
final class JsonScalars {

    private static final BigInteger UINT32_MAX = BigInteger.valueOf(0xFFFF_FFFFL);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    /** More digits than any 64-bit integer has. */
    private static final int MAX_INTEGER_DIGITS = 21;

    private JsonScalars() {
    }

    static Object convert(JsonValue value, FieldDescriptor field, String path) throws JsonPathException {
        return switch (field.getType()) {
            case UINT32, FIXED32 -> integer(value, path, BigInteger.ZERO, UINT32_MAX).intValue();
            case INT32, SINT32, SFIXED32 -> integer(value, path, BigInteger.valueOf(Integer.MIN_VALUE),
                    BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
            case UINT64, FIXED64 -> integer(value, path, BigInteger.ZERO, UINT64_MAX).longValue();
            case INT64, SINT64, SFIXED64 -> integer(value, path, BigInteger.valueOf(Long.MIN_VALUE),
                    BigInteger.valueOf(Long.MAX_VALUE)).longValue();
            case BOOL -> bool(value, path);
            case STRING -> string(value, path, "a string");
            case BYTES -> bytes(value, path);
            case ENUM -> enumValue(value, field, path);
            case MESSAGE, GROUP, FLOAT, DOUBLE -> throw new JsonPathException(path,
                    "field type " + field.getType() + " is not part of the gateway API");
        };
    }

    private static BigInteger integer(JsonValue value, String path, BigInteger min, BigInteger max)
            throws JsonPathException {
        BigDecimal number = switch (value) {
            case JsonValue.JsonNumber n -> n.value();
            case JsonValue.JsonString s -> decimal(s.value(), path);
            default -> throw new JsonPathException(path, "expected an integer, found " + value.typeName());
        };
        // Reject huge magnitudes before converting: 1e999999999 would take forever to expand.
        if (number.signum() != 0 && number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            throw new JsonPathException(path, number + " is outside " + min + ".." + max);
        }
        BigInteger integer;
        try {
            integer = number.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new JsonPathException(path, "expected an integer, found " + number.toPlainString());
        }
        if (integer.compareTo(min) < 0 || integer.compareTo(max) > 0) {
            throw new JsonPathException(path, integer + " is outside " + min + ".." + max);
        }
        return integer;
    }

    private static BigDecimal decimal(String text, String path) throws JsonPathException {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new JsonPathException(path, "expected an integer, found the string \"" + text + "\"");
        }
    }

    private static boolean bool(JsonValue value, String path) throws JsonPathException {
        if (value instanceof JsonValue.JsonBoolean bool) {
            return bool.value();
        }
        throw new JsonPathException(path, "expected true or false, found " + value.typeName());
    }

    private static String string(JsonValue value, String path, String expected) throws JsonPathException {
        if (value instanceof JsonValue.JsonString string) {
            return string.value();
        }
        throw new JsonPathException(path, "expected " + expected + ", found " + value.typeName());
    }

    private static ByteString bytes(JsonValue value, String path) throws JsonPathException {
        String text = string(value, path, "a base64 string");
        boolean urlSafe = text.indexOf('-') >= 0 || text.indexOf('_') >= 0;
        try {
            return ByteString.copyFrom((urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text));
        } catch (IllegalArgumentException e) {
            throw new JsonPathException(path, "not valid base64: " + e.getMessage());
        }
    }

    private static EnumValueDescriptor enumValue(JsonValue value, FieldDescriptor field, String path)
            throws JsonPathException {
        String given;
        EnumValueDescriptor found;
        if (value instanceof JsonValue.JsonString name) {
            given = "\"" + name.value() + "\"";
            found = field.getEnumType().findValueByName(name.value());
        } else if (value instanceof JsonValue.JsonNumber) {
            int number = integer(value, path, BigInteger.valueOf(Integer.MIN_VALUE),
                    BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
            given = Integer.toString(number);
            found = field.getEnumType().findValueByNumber(number);
        } else {
            throw new JsonPathException(path, "expected an enum name, found " + value.typeName());
        }
        if (found == null) {
            throw new JsonPathException(path, "no value " + given + " in enum " + field.getEnumType().getName());
        }
        return found;
    }
}
