package org.meshbench.decoders.ui.internal.model;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.meshbench.decoders.DecodeError;
import org.meshbench.decoders.DecoderSelection;
import org.meshbench.mesh.EndpointPair;

/**
 * The text above a packet's fields: where it came from, which decoder won and why, the alternatives,
 * and the error of a failed decoder. For example:
 * <pre>
 * #42: 59 bytes from node 1234 to 1, endpoints 253→255, via sim-gw-0/sink0, network 4660
 * Decoder: Node diagnostics (org.meshbench.decoders.wirepas.node-diagnostics), by its binding for 253→255
 * Alternatives: none
 * Summary: 3.10 V, 12 % busy
 * </pre>
 */
public final class DetailText {

    private DetailText() {
    }

    /**
     * @param row a row
     * @param names decoder id to display name
     * @return the lines, separated by {@code '\n'}
     */
    public static String of(PacketRow row, Function<String, String> names) {
        StringBuilder text = new StringBuilder(origin(row)).append('\n');
        if (row.outcome().isEmpty()) {
            return text.append(row.note()).toString();
        }
        DecoderSelection selection = row.selection().orElseThrow();
        EndpointPair pair = row.endpoints().orElseThrow();
        text.append(selection.decoderId()
                .map(id -> "Decoder: " + names.apply(id) + " (" + id + "), " + reason(selection, pair))
                .orElse("Decoder: none applies to " + pair + "; the raw bytes are kept")).append('\n');
        text.append("Alternatives: ").append(alternatives(selection.alternatives(), names)).append('\n');
        row.outcome().flatMap(outcome -> outcome.error()).ifPresentOrElse(
                error -> text.append("Error: ").append(describe(error)).append(" (raw bytes kept)"),
                () -> text.append("Summary: ").append(row.summary()));
        return text.toString();
    }

    private static String origin(PacketRow row) {
        String size = row.size().isPresent() ? row.size().getAsLong() + " bytes" : "no payload";
        String destination = row.event().destinationAddress() == PacketColumns.BROADCAST ? "broadcast"
                : "node " + row.event().destinationAddress();
        return "#" + row.number() + ": " + size + " from node " + row.event().sourceAddress() + " to "
                + destination + ", endpoints " + row.event().sourceEndpoint() + "→" + row.event().destinationEndpoint()
                + ", via " + row.packet().sink() + ", network " + Long.toUnsignedString(row.packet().networkAddress());
    }

    private static String reason(DecoderSelection selection, EndpointPair pair) {
        return switch (selection.reason()) {
            case OVERRIDE -> "by Decode As for " + pair;
            case BINDING -> "by its binding for " + pair;
            case HEURISTIC -> "because it recognised the payload";
            case EXPLICIT -> "chosen explicitly";
            case NONE -> "without a reason";
        };
    }

    private static String alternatives(List<String> ids, Function<String, String> names) {
        return ids.isEmpty() ? "none" : String.join(", ", ids.stream().map(names).toList());
    }

    /** The message of a malformed payload already names the offset, as {@code DecodeException} words it. */
    private static String describe(DecodeError error) {
        return error.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + error.message();
    }
}
