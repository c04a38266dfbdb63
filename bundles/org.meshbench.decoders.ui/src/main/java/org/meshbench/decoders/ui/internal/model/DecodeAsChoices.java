package org.meshbench.decoders.ui.internal.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.meshbench.decoders.DecoderInfo;
import org.meshbench.decoders.DecoderSelection;
import org.meshbench.mesh.EndpointPair;

/**
 * What "Decode As" offers for an endpoint pair: first the automatic selection (which clears the
 * override), then the decoders that apply to the selected packet (winner and alternatives, best
 * first) or are bound to the pair, then every other decoder by name. Disabled decoders are left
 * out, since the registry ignores an override to one.
 */
public final class DecodeAsChoices {

    private DecodeAsChoices() {
    }

    /**
     * One entry of the list.
     *
     * @param decoderId the decoder to use for the pair, or empty to clear the override
     * @param label what the list shows
     */
    public record Choice(Optional<String> decoderId, String label) {
    }

    /**
     * @param pair the selected packet's endpoint pair
     * @param decoders every known decoder
     * @param selection how the registry chose a decoder for the selected packet, if it was asked
     * @param override the pair's current override
     * @return the choices, in the order described above
     */
    public static List<Choice> of(EndpointPair pair, List<DecoderInfo> decoders, Optional<DecoderSelection> selection,
            Optional<String> override) {
        Map<String, DecoderInfo> enabled = decoders.stream().filter(DecoderInfo::enabled)
                .collect(Collectors.toMap(DecoderInfo::id, Function.identity()));
        Set<String> applicable = new LinkedHashSet<>();
        selection.ifPresent(s -> {
            s.decoderId().ifPresent(applicable::add);
            applicable.addAll(s.alternatives());
        });
        decoders.stream().filter(d -> d.bindings().stream().anyMatch(b -> b.endpoints().equals(pair)))
                .map(DecoderInfo::id).forEach(applicable::add);
        applicable.retainAll(enabled.keySet());
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(Optional.empty(),
                "Automatic selection" + (override.isEmpty() ? " (current)" : " (clears Decode As for " + pair + ")")));
        applicable.forEach(id -> choices.add(choice(enabled.get(id), override, " — applies")));
        enabled.values().stream().filter(d -> !applicable.contains(d.id()))
                .sorted(Comparator.comparing(DecoderInfo::name).thenComparing(DecoderInfo::id))
                .forEach(d -> choices.add(choice(d, override, "")));
        return choices;
    }

    /**
     * @param choices the choices
     * @param override the pair's current override
     * @return the choice standing for the current state, to select first
     */
    public static Choice current(List<Choice> choices, Optional<String> override) {
        return choices.stream().filter(c -> c.decoderId().equals(override)).findFirst().orElse(choices.get(0));
    }

    private static Choice choice(DecoderInfo decoder, Optional<String> override, String applies) {
        String current = override.filter(decoder.id()::equals).isPresent() ? " (current Decode As)" : "";
        return new Choice(Optional.of(decoder.id()), decoder.name() + " — " + decoder.id() + applies + current);
    }
}
