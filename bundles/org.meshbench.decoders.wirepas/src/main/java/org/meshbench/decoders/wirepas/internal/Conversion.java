package org.meshbench.decoders.wirepas.internal;

import java.util.Locale;
import java.util.Map;
import org.meshbench.decoders.DecodedField;

/** Turns a raw integer into a field's value, display text and unit. */
@FunctionalInterface
interface Conversion {

    /** The raw value as it is. */
    Conversion PLAIN = (raw, field) -> field.value(raw);

    /** The raw value, shown in hex: addresses and bit masks read better that way. */
    Conversion HEX = (raw, field) -> field.value(raw).display("0x" + Long.toHexString(raw).toUpperCase(Locale.ROOT));

    /** A Wirepas node role byte, shown as text. */
    Conversion ROLE = (raw, field) -> field.value(raw).display(NodeRole.describe((int) raw));

    /**
     * @param raw the raw integer
     * @param field the field to fill in
     */
    void apply(long raw, DecodedField.Builder field);

    /**
     * @param unit the unit of the raw value
     * @return the raw value with a unit
     */
    static Conversion unit(String unit) {
        return (raw, field) -> field.value(raw).unit(unit);
    }

    /**
     * @param factor multiplies the raw value
     * @param offset then added
     * @param decimals digits shown after the point
     * @param unit unit of the result
     * @return a linear conversion to a decimal value
     */
    static Conversion linear(double factor, double offset, int decimals, String unit) {
        return (raw, field) -> {
            double value = raw * factor + offset;
            field.value(value).display(String.format(Locale.ROOT, "%." + decimals + "f", value)).unit(unit);
        };
    }

    /**
     * @param names display text by raw value; other values are shown as "unknown (n)"
     * @return a conversion for enumerated values
     */
    static Conversion named(Map<Long, String> names) {
        return (raw, field) -> field.value(raw).display(names.getOrDefault(raw, "unknown (" + raw + ")"));
    }
}
