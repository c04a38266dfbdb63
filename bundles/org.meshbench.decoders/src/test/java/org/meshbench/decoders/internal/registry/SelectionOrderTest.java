package org.meshbench.decoders.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.meshbench.decoders.internal.registry.FakeSource.binding;
import static org.meshbench.decoders.internal.registry.FakeSource.decoder;
import static org.meshbench.decoders.internal.registry.FakeSource.extension;
import static org.meshbench.decoders.internal.registry.FakeSource.prioritized;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.decoders.DecoderSelection;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.SelectionReason;
import org.meshbench.mesh.EndpointPair;

class SelectionOrderTest {

    private static final byte[] PAYLOAD = {0x42, 0x01};
    private static final long NETWORK = 0x1AB2C3;
    private static final PacketContext ON_21 = PacketContext.builder(EndpointPair.of(21, 21)).network(NETWORK).build();
    private static final PacketContext ON_99 = PacketContext.builder(EndpointPair.of(99, 99)).network(NETWORK).build();

    private final FakeSource source = new FakeSource();
    private DefaultDecoderRegistry registry;

    @AfterEach
    void close() {
        registry.close();
    }

    private void start() {
        registry = new DefaultDecoderRegistry(source, RegistryOptions.defaults());
    }

    @Test
    void networkSpecificBindingBeatsHigherPriorityGeneralBinding() {
        source.install(extension("plugin.a", List.of(decoder("general", TestDecoders.labelled("general")),
                decoder("specific", TestDecoders.labelled("specific"))),
                List.of(prioritized("general", 21, 21, 100), binding("specific", 21, 21, NETWORK, 0)), List.of()));
        start();

        DecoderSelection selection = registry.select(PAYLOAD, ON_21);

        assertEquals(Optional.of("specific"), selection.decoderId());
        assertEquals(SelectionReason.BINDING, selection.reason());
        assertEquals(List.of("general"), selection.alternatives());
    }

    @Test
    void bindingForAnotherNetworkDoesNotMatch() {
        source.install(extension("plugin.a", List.of(decoder("specific", TestDecoders.labelled("specific"))),
                List.of(binding("specific", 21, 21, NETWORK + 1, 0)), List.of()));
        start();

        assertEquals(SelectionReason.NONE, registry.select(PAYLOAD, ON_21).reason());
    }

    @Test
    void higherPriorityWinsThenSmallerId() {
        source.install(extension("plugin.a", List.of(decoder("b", TestDecoders.labelled("b")),
                decoder("a", TestDecoders.labelled("a")), decoder("c", TestDecoders.labelled("c"))),
                List.of(prioritized("b", 21, 21, 0), prioritized("a", 21, 21, 0), prioritized("c", 21, 21, 5)),
                List.of()));
        start();

        DecoderSelection selection = registry.select(PAYLOAD, ON_21);

        assertEquals(Optional.of("c"), selection.decoderId());
        assertEquals(List.of("a", "b"), selection.alternatives());
    }

    @Test
    void heuristicsAreAskedByPriorityWhenNoBindingMatches() {
        source.install(extension("plugin.h", List.of(decoder("h.low", TestDecoders.heuristic("low", 0x42)),
                decoder("h.high", TestDecoders.heuristic("high", 0x42)), decoder("h.other", TestDecoders.heuristic("other", 0x10))),
                List.of(), List.of(new HeuristicDeclaration("h.low", -1), new HeuristicDeclaration("h.high", 3),
                        new HeuristicDeclaration("h.other", 9))));
        start();

        DecoderSelection selection = registry.select(PAYLOAD, ON_99);

        assertEquals(Optional.of("h.high"), selection.decoderId());
        assertEquals(SelectionReason.HEURISTIC, selection.reason());
        assertEquals(List.of("h.low"), selection.alternatives());
    }

    @Test
    void bindingBeatsHeuristicAndTheHeuristicBecomesAnAlternative() {
        source.install(extension("plugin.a", List.of(decoder("bound", TestDecoders.labelled("bound")),
                decoder("guess", TestDecoders.heuristic("guess", 0x42))),
                List.of(binding("bound", 21, 21)), List.of(new HeuristicDeclaration("guess", 0))));
        start();

        DecoderSelection selection = registry.select(PAYLOAD, ON_21);

        assertEquals(Optional.of("bound"), selection.decoderId());
        assertEquals(List.of("guess"), selection.alternatives());
    }

    @Test
    void userOverrideBeatsBindings() {
        source.install(extension("plugin.a", List.of(decoder("bound", TestDecoders.labelled("bound")),
                decoder("chosen", TestDecoders.labelled("chosen"))), List.of(binding("bound", 21, 21)), List.of()));
        start();
        registry.setOverride(EndpointPair.of(21, 21), "chosen");

        DecodeOutcome outcome = registry.decode(PAYLOAD, ON_21);

        assertEquals(Optional.of("chosen"), outcome.selection().decoderId());
        assertEquals(SelectionReason.OVERRIDE, outcome.selection().reason());
        assertEquals(List.of("bound"), outcome.selection().alternatives());
        assertEquals("chosen", outcome.summary());
    }

    @Test
    void overrideOfADisabledDecoderFallsBackToBindings() {
        source.install(extension("plugin.a", List.of(decoder("bound", TestDecoders.labelled("bound")),
                decoder("chosen", TestDecoders.labelled("chosen"))), List.of(binding("bound", 21, 21)), List.of()));
        start();
        registry.setOverride(EndpointPair.of(21, 21), "chosen");
        registry.setEnabled("chosen", false);

        assertEquals(Optional.of("bound"), registry.select(PAYLOAD, ON_21).decoderId());
    }

    @Test
    void callerCanSwitchToAnAlternative() {
        source.install(extension("plugin.a", List.of(decoder("first", TestDecoders.labelled("first")),
                decoder("second", TestDecoders.labelled("second"))),
                List.of(prioritized("first", 21, 21, 1), binding("second", 21, 21)), List.of()));
        start();

        DecodeOutcome outcome = registry.decodeWith("second", PAYLOAD, ON_21);

        assertEquals("second", outcome.summary());
        assertEquals(SelectionReason.EXPLICIT, outcome.selection().reason());
        assertEquals(List.of("first"), outcome.selection().alternatives());
    }

    @Test
    void switchingToAnUnknownDecoderIsRejected() {
        start();

        assertThrows(IllegalArgumentException.class, () -> registry.decodeWith("nope", PAYLOAD, ON_21));
    }

    @Test
    void packetWithoutDecoderKeepsItsRawBytes() {
        start();

        DecodeOutcome outcome = registry.decode(PAYLOAD, ON_99);

        assertEquals(SelectionReason.NONE, outcome.selection().reason());
        assertEquals(Optional.empty(), outcome.packet());
        assertEquals("2 bytes: 4201", outcome.summary());
    }
}
