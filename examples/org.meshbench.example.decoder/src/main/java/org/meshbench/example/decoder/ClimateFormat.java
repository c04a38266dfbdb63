package org.meshbench.example.decoder;

import java.util.List;

/**
 * The uplink of the (made-up) Acme climate sensor, format version 1: eight bytes, little-endian.
 * <pre>
 * offset  size  field        encoding
 * 0       1     version      always 1
 * 1       1     flags        bit 0 heater on, bit 1 battery low, bit 2 CO2 calibrating; bits 3-7 reserved
 * 2       2     temperature  signed, 0.01 °C
 * 4       1     humidity     unsigned, 0.5 %RH
 * 5       2     co2          unsigned, ppm
 * 7       1     battery      unsigned, percent
 * </pre>
 * The constants below are shared by the decoder and the encoder, so the two cannot drift apart.
 */
final class ClimateFormat {

    static final int VERSION = 1;
    static final int LENGTH = 8;

    /** Raw temperature units per °C. */
    static final double TEMPERATURE_SCALE = 100;
    /** Raw humidity units per %RH. */
    static final double HUMIDITY_SCALE = 2;

    /** Names of the flag bits, bit 0 first; they are also the field names under {@code flags}. */
    static final List<String> FLAGS = List.of("heater_on", "battery_low", "co2_calibrating");

    private ClimateFormat() {
    }
}
