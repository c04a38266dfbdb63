package org.meshbench.decoders.wirepas.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.PayloadReader;

/**
 * Ruuvi tag sensor application, endpoints 11→11: type-length-value records. Units per the
 * application brief: temperature 0.01 °C, humidity 1/1024 %RH, pressure 0.01 Pa (shown in hPa),
 * acceleration 1 mg (shown in g).
 */
public final class RuuviDecoder implements Decoder {

    private static final List<Sensor> SENSORS = List.of(
            new Sensor(1, "counter", 2, false, 1, 0, ""),
            new Sensor(2, "temperature", 4, true, 0.01, 2, "°C"),
            new Sensor(3, "humidity", 4, false, 1.0 / 1024, 2, "%RH"),
            new Sensor(4, "pressure", 4, false, 0.0001, 2, "hPa"),
            new Sensor(5, "acceleration_x", 4, true, 0.001, 3, "g"),
            new Sensor(6, "acceleration_y", 4, true, 0.001, 3, "g"),
            new Sensor(7, "acceleration_z", 4, true, 0.001, 3, "g"));

    @Override
    public DecodedPacket decode(byte[] payload, PacketContext context) throws DecodeException {
        List<DecodedField> fields = new ArrayList<>();
        for (Tlv.Record record : Tlv.records(payload, new PayloadReader(payload))) {
            Optional<Sensor> sensor = SENSORS.stream().filter(s -> s.type() == record.type()).findFirst();
            fields.add(sensor.isPresent() ? sensor.get().decode(record)
                    : record.asBytes(Fields.indexed("record", record.type())));
        }
        List<DecodedField> readings = fields.stream().filter(f -> f.value() instanceof Double).toList();
        DecodedPacket.Builder packet = DecodedPacket.builder(readings.isEmpty() ? "ruuvi: no readings"
                : "ruuvi: " + String.join(", ", readings.stream().map(f -> f.display() + " " + f.unit()).toList()))
                .fields(fields);
        readings.forEach(f -> packet.series(f.name(), (Double) f.value(), f.unit()));
        return packet.build();
    }

    /** One sensor record: its raw integer, scaled to the unit shown. */
    private record Sensor(int type, String name, int size, boolean signed, double scale, int decimals,
            String unit) {

        DecodedField decode(Tlv.Record record) throws DecodeException {
            if (record.length() != size) {
                throw new DecodeException(record.offset() + 1, name + " record must hold " + size
                        + " bytes, not " + record.length());
            }
            long raw = record.reader().unsigned(size, name);
            if (signed) {
                raw = (int) raw;
            }
            DecodedField.Builder field = DecodedField.builder(name).span(record.offset(), record.size());
            if (scale == 1) {
                return field.value(raw).build();
            }
            double scaled = raw * scale;
            return field.value(scaled).display(String.format(Locale.ROOT, "%." + decimals + "f", scaled))
                    .unit(unit).build();
        }
    }
}
