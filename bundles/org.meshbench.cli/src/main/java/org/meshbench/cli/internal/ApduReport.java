package org.meshbench.cli.internal;

import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.meshbench.decoders.DecodeError;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.decoders.DecoderSelection;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.SeriesValue;

/**
 * The text {@code decode --apdu} prints after the JSON: the application payload of a received
 * packet as the decoder registry decodes it. Layout (one blank line separates it from the JSON):
 * <pre>
 * apdu: 4 bytes on endpoints 144-&gt;144 from node 4660
 * decoder: com.example.thermometer (binding)
 * summary: 21.50 °C, heater on
 * fields:
 *   0+1     version = 1
 *   1+1     flags
 *     1+1     heater_on = true
 *   2+2     temperature = 21.50 °C
 *   -       fahrenheit = 70.7 °F
 * series: temperature = 21.5 °C
 * alternatives: com.example.raw-view
 * </pre>
 * Each field line starts with its payload offset and length ({@code -} when the decoder computed
 * the value rather than read it); children are indented under their parent.
 */
final class ApduReport {

    private ApduReport() {
    }

    static String of(ReceivedApdu packet, DecoderRegistry registry) {
        if (packet.apdu().isEmpty()) {
            String size = packet.reportedSize().isPresent() ? " (" + packet.reportedSize().getAsLong() + " bytes)" : "";
            return "apdu: withheld by the gateway" + size + "\n";
        }
        byte[] apdu = packet.apdu().get();
        PacketContext context = packet.context();
        StringBuilder text = new StringBuilder("apdu: ").append(apdu.length).append(" bytes on endpoints ")
                .append(context.sourceEndpoint()).append("->").append(context.destinationEndpoint())
                .append(" from node ").append(Long.toUnsignedString(context.sourceAddress())).append('\n');
        DecodeOutcome outcome = registry.decode(apdu, context);
        DecoderSelection selection = outcome.selection();
        text.append("decoder: ").append(selection.decoderId()
                .map(id -> id + " (" + selection.reason().name().toLowerCase(Locale.ROOT) + ")")
                .orElse("none, raw bytes " + HexFormat.of().formatHex(apdu))).append('\n');
        outcome.error().ifPresent(error -> text.append("error: ").append(describe(error)).append('\n'));
        outcome.packet().ifPresent(decoded -> appendPacket(text, decoded));
        text.append("alternatives: ").append(selection.alternatives().isEmpty() ? "none"
                : String.join(", ", selection.alternatives())).append('\n');
        return text.toString();
    }

    private static void appendPacket(StringBuilder text, DecodedPacket packet) {
        text.append("summary: ").append(packet.summary()).append('\n');
        text.append("fields:\n");
        appendFields(text, packet.fields(), 1);
        if (!packet.series().isEmpty()) {
            text.append("series: ").append(packet.series().stream().map(ApduReport::series)
                    .collect(Collectors.joining(", "))).append('\n');
        }
    }

    private static void appendFields(StringBuilder text, List<DecodedField> fields, int depth) {
        for (DecodedField field : fields) {
            String span = field.hasSpan() ? field.offset() + "+" + field.length() : "-";
            text.append("  ".repeat(depth)).append(String.format(Locale.ROOT, "%-8s", span))
                    .append(field.name());
            if (field.value() != null) {
                text.append(" = ").append(field.display());
                if (!field.unit().isEmpty()) {
                    text.append(' ').append(field.unit());
                }
            }
            text.append('\n');
            appendFields(text, field.children(), depth + 1);
        }
    }

    private static String series(SeriesValue sample) {
        String value = sample.name() + " = "
                + BigDecimal.valueOf(sample.value()).stripTrailingZeros().toPlainString();
        return sample.unit().isEmpty() ? value : value + " " + sample.unit();
    }

    /** A malformed payload's message already names the offset, as {@code DecodeException} words it. */
    private static String describe(DecodeError error) {
        return error.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + error.message();
    }
}
