package org.meshbench.example.decoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.PayloadReader;

/**
 * Decodes Acme climate sensor readings ({@link ClimateFormat}). Stateless, hence thread-safe as the
 * registry requires. A payload that does not follow the format ends in a {@link DecodeException}
 * naming the offset; Meshbench then shows the raw bytes and the error.
 */
public final class ClimateDecoder implements Decoder {

    @Override
    public DecodedPacket decode(byte[] payload, PacketContext context) throws DecodeException {
        PayloadReader reader = new PayloadReader(payload);
        int version = reader.u8("version");
        if (version != ClimateFormat.VERSION) {
            throw new DecodeException(0, "unsupported version " + version + ", this decoder reads version "
                    + ClimateFormat.VERSION);
        }
        int flags = reader.u8("flags");
        double temperature = (short) reader.u16("temperature") / ClimateFormat.TEMPERATURE_SCALE;
        double humidity = reader.u8("humidity") / ClimateFormat.HUMIDITY_SCALE;
        long co2 = reader.u16("co2");
        long battery = reader.u8("battery");
        if (reader.remaining() > 0) {
            throw new DecodeException(reader.position(), reader.remaining() + " byte(s) too many: version "
                    + ClimateFormat.VERSION + " payloads have " + ClimateFormat.LENGTH + " bytes");
        }

        String temperatureText = format("%.2f", temperature);
        String humidityText = format("%.1f", humidity);
        List<String> setFlags = setFlags(flags);
        String summary = temperatureText + " °C, " + humidityText + " %RH, " + co2 + " ppm CO2, battery "
                + battery + " %" + (setFlags.isEmpty() ? "" : "; " + String.join(", ", setFlags).replace('_', ' '));
        return DecodedPacket.builder(summary)
                .field(DecodedField.builder("version").value(version).span(0, 1).build())
                .field(flagsField(flags))
                .field(DecodedField.builder("temperature").value(temperature).display(temperatureText)
                        .unit("°C").span(2, 2).build())
                .field(DecodedField.builder("humidity").value(humidity).display(humidityText)
                        .unit("%RH").span(4, 1).build())
                .field(DecodedField.builder("co2").value(co2).unit("ppm").span(5, 2).build())
                .field(DecodedField.builder("battery").value(battery).unit("%").span(7, 1).build())
                .series("temperature", temperature, "°C")
                .series("humidity", humidity, "%RH")
                .series("co2", co2, "ppm")
                .series("battery", battery, "%")
                .build();
    }

    /** A group without a value of its own: each bit is a child, so the encoder reads the same paths. */
    private static DecodedField flagsField(int flags) {
        DecodedField.Builder group = DecodedField.builder("flags").span(1, 1);
        for (int bit = 0; bit < ClimateFormat.FLAGS.size(); bit++) {
            group.child(DecodedField.builder(ClimateFormat.FLAGS.get(bit)).value((flags & (1 << bit)) != 0)
                    .span(1, 1).build());
        }
        return group.build();
    }

    private static List<String> setFlags(int flags) {
        List<String> names = new ArrayList<>();
        for (int bit = 0; bit < ClimateFormat.FLAGS.size(); bit++) {
            if ((flags & (1 << bit)) != 0) {
                names.add(ClimateFormat.FLAGS.get(bit));
            }
        }
        return names;
    }

    /** Locale.ROOT: a decimal point everywhere, whatever the user's locale. */
    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
