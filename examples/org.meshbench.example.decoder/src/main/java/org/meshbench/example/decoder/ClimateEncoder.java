package org.meshbench.example.decoder;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.meshbench.decoders.EncodeException;
import org.meshbench.decoders.PayloadEncoder;

/**
 * Builds Acme climate sensor payloads ({@link ClimateFormat}) from the field paths the decoder
 * produces: {@code temperature} (°C), {@code humidity} (%RH), {@code co2} (ppm) and
 * {@code battery} (percent) as numbers; optionally {@code flags/heater_on},
 * {@code flags/battery_low} and {@code flags/co2_calibrating} as booleans (default false) and
 * {@code version}, which must be 1. Values are rounded to the sensor's resolution. Unknown paths
 * are rejected so that a misspelt name does not go unnoticed. Stateless and thread-safe.
 */
public final class ClimateEncoder implements PayloadEncoder {

    private static final Set<String> KNOWN = known();

    @Override
    public byte[] encode(Map<String, Object> fields) throws EncodeException {
        Set<String> unknown = new TreeSet<>(fields.keySet());
        unknown.removeAll(KNOWN);
        if (!unknown.isEmpty()) {
            throw new EncodeException("unknown field(s) " + String.join(", ", unknown));
        }
        if (fields.containsKey("version") && raw(fields, "version", 1, 0, 0xFF) != ClimateFormat.VERSION) {
            throw new EncodeException("version must be " + ClimateFormat.VERSION);
        }
        int flags = 0;
        for (int bit = 0; bit < ClimateFormat.FLAGS.size(); bit++) {
            if (flag(fields, "flags/" + ClimateFormat.FLAGS.get(bit))) {
                flags |= 1 << bit;
            }
        }
        int temperature = raw(fields, "temperature", ClimateFormat.TEMPERATURE_SCALE, Short.MIN_VALUE,
                Short.MAX_VALUE);
        int humidity = raw(fields, "humidity", ClimateFormat.HUMIDITY_SCALE, 0, 0xFF);
        int co2 = raw(fields, "co2", 1, 0, 0xFFFF);
        int battery = raw(fields, "battery", 1, 0, 100);
        return new byte[] {
            (byte) ClimateFormat.VERSION, (byte) flags,
            (byte) temperature, (byte) (temperature >> 8),
            (byte) humidity,
            (byte) co2, (byte) (co2 >> 8),
            (byte) battery};
    }

    /**
     * @return the field's value in the sensor's units, {@code value × scale} rounded
     * @throws EncodeException if the field is missing, not a number, or outside {@code min..max}
     */
    private static int raw(Map<String, Object> fields, String path, double scale, int min, int max)
            throws EncodeException {
        Object value = fields.get(path);
        if (!(value instanceof Number number)) {
            throw new EncodeException(value == null ? "missing field " + path
                    : path + " must be a number, not '" + value + "'");
        }
        double raw = Math.rint(number.doubleValue() * scale);
        if (!(raw >= min && raw <= max)) {
            throw new EncodeException(path + " must be in " + plain(min / scale) + ".." + plain(max / scale)
                    + ", not " + value);
        }
        return (int) raw;
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private static boolean flag(Map<String, Object> fields, String path) throws EncodeException {
        Object value = fields.getOrDefault(path, Boolean.FALSE);
        if (!(value instanceof Boolean set)) {
            throw new EncodeException(path + " must be true or false, not '" + value + "'");
        }
        return set;
    }

    private static Set<String> known() {
        Set<String> paths = new HashSet<>(Set.of("version", "temperature", "humidity", "co2", "battery"));
        ClimateFormat.FLAGS.forEach(name -> paths.add("flags/" + name));
        return Set.copyOf(paths);
    }
}
