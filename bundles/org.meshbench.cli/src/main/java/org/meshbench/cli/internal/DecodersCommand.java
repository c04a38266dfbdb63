package org.meshbench.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.meshbench.decoders.DecoderBinding;
import org.meshbench.decoders.DecoderInfo;
import org.meshbench.decoders.DecoderRegistry;

/**
 * {@code meshbench decoders}: one line per installed decoder, ordered by id, in aligned columns
 * under a header line. Bindings read {@code source->destination}, followed by the network and
 * priority when the binding names them; {@code heuristic} means the decoder is also asked for
 * packets no binding claims.
 */
final class DecodersCommand {

    private static final List<String> HEADER =
            List.of("ID", "NAME", "VENDOR", "VERSION", "BINDINGS", "BUNDLE", "ENABLED");

    private DecodersCommand() {
    }

    static void print(DecoderRegistry registry, PrintStream out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        registry.decoders().forEach(decoder -> rows.add(row(decoder)));
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < widths.length; column++) {
                line.append(column == 0 ? "" : "  ").append(column == widths.length - 1 ? row.get(column)
                        : String.format("%-" + widths[column] + "s", row.get(column)));
            }
            out.println(line);
        }
    }

    private static List<String> row(DecoderInfo decoder) {
        List<String> bindings = new ArrayList<>(decoder.bindings().stream().map(DecodersCommand::binding).toList());
        if (decoder.heuristic()) {
            bindings.add("heuristic");
        }
        String enabled = decoder.enabled() ? "yes"
                : "no" + decoder.disabledReason().map(reason -> " (" + reason + ")").orElse("");
        return List.of(decoder.id(), decoder.name(), orDash(decoder.vendor()), orDash(decoder.version()),
                orDash(String.join(", ", bindings)), decoder.contributorId(), enabled);
    }

    /** Keeps the columns readable when a declaration leaves an optional attribute out. */
    private static String orDash(String text) {
        return text.isEmpty() ? "-" : text;
    }

    private static String binding(DecoderBinding binding) {
        List<String> limits = new ArrayList<>();
        binding.networkAddress().ifPresent(network -> limits.add("network " + Long.toUnsignedString(network)));
        if (binding.priority() != 0) {
            limits.add("priority " + binding.priority());
        }
        String pair = binding.endpoints().source() + "->" + binding.endpoints().destination();
        return limits.isEmpty() ? pair : pair + " (" + String.join(", ", limits) + ")";
    }
}
