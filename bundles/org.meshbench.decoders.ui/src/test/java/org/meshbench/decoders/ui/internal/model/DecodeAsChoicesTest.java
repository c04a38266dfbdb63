package org.meshbench.decoders.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.DecoderSelection;
import org.meshbench.decoders.SelectionReason;
import org.meshbench.decoders.ui.internal.testing.FakeRegistry;
import org.meshbench.mesh.EndpointPair;

class DecodeAsChoicesTest {

    private static final EndpointPair PAIR = EndpointPair.of(251, 255);

    private final FakeRegistry registry = new FakeRegistry()
            .with("w.traffic", PAIR, true)
            .with("w.zeta", EndpointPair.of(1, 1), true)
            .with("w.alpha", EndpointPair.of(2, 2), true)
            .with("w.off", PAIR, false);

    @Test
    void automaticFirstThenWhatAppliesThenEveryOtherEnabledDecoderByName() {
        DecoderSelection selection = new DecoderSelection(Optional.of("w.traffic"), SelectionReason.BINDING,
                List.of("w.zeta"));

        List<DecodeAsChoices.Choice> choices = DecodeAsChoices.of(PAIR, registry.decoders(), Optional.of(selection),
                Optional.empty());

        assertEquals(List.of("Automatic selection (current)", "Traffic — w.traffic — applies",
                "Zeta — w.zeta — applies", "Alpha — w.alpha"), labels(choices));
        assertEquals(Optional.empty(), choices.get(0).decoderId());
        assertEquals(Optional.of("w.alpha"), choices.get(3).decoderId());
        assertEquals(choices.get(0), DecodeAsChoices.current(choices, Optional.empty()));
    }

    @Test
    void anOverrideIsMarkedAndAutomaticClearsIt() {
        DecoderSelection selection = new DecoderSelection(Optional.of("w.alpha"), SelectionReason.OVERRIDE,
                List.of("w.traffic"));

        List<DecodeAsChoices.Choice> choices = DecodeAsChoices.of(PAIR, registry.decoders(), Optional.of(selection),
                Optional.of("w.alpha"));

        assertEquals(List.of("Automatic selection (clears Decode As for 251→255)",
                "Alpha — w.alpha — applies (current Decode As)", "Traffic — w.traffic — applies", "Zeta — w.zeta"),
                labels(choices));
        assertEquals(choices.get(1), DecodeAsChoices.current(choices, Optional.of("w.alpha")));
    }

    @Test
    void decodersBoundToThePairApplyEvenWithoutASelection() {
        List<DecodeAsChoices.Choice> choices = DecodeAsChoices.of(PAIR, registry.decoders(), Optional.empty(),
                Optional.empty());

        assertEquals("Traffic — w.traffic — applies", choices.get(1).label());
    }

    private static List<String> labels(List<DecodeAsChoices.Choice> choices) {
        return choices.stream().map(DecodeAsChoices.Choice::label).toList();
    }
}
