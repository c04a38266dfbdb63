package org.meshbench.decoders.wirepas.internal;

import java.util.OptionalLong;
import org.meshbench.decoders.DecodedField;

/** Collects what the positioning summary line shows while records are decoded. */
final class PositioningSummary {

    private final long sequence;
    private int beacons;
    private Long voltage;

    PositioningSummary(long sequence) {
        this.sequence = sequence;
    }

    void add(DecodedField field) {
        if (field.name().startsWith("rss_")) {
            beacons += field.children().size();
        } else if (field.name().equals("voltage")) {
            voltage = (Long) field.value();
        }
    }

    int beacons() {
        return beacons;
    }

    OptionalLong voltage() {
        return voltage == null ? OptionalLong.empty() : OptionalLong.of(voltage);
    }

    String text() {
        return "positioning #" + sequence + ": " + beacons + (beacons == 1 ? " beacon" : " beacons")
                + (voltage == null ? "" : ", " + voltage + " mV");
    }
}
