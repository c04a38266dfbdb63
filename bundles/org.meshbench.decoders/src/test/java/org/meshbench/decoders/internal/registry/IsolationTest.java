package org.meshbench.decoders.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.decoders.internal.registry.FakeSource.binding;
import static org.meshbench.decoders.internal.registry.FakeSource.decoder;
import static org.meshbench.decoders.internal.registry.FakeSource.extension;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.DecodeError;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.DecoderEvent;
import org.meshbench.decoders.PacketContext;
import org.meshbench.mesh.EndpointPair;

class IsolationTest {

    private static final byte[] PAYLOAD = {0x42, 0x01, 0x02};
    private static final PacketContext ON_21 = PacketContext.builder(EndpointPair.of(21, 21)).build();
    private static final int MAX_FAULTS = 3;
    /** For the timeout case only: short enough to keep the test fast. */
    private static final Duration SHORT_BUDGET = Duration.ofMillis(100);
    /** Every other case: a loaded CI machine must not turn a quick decode into a timeout. */
    private static final Duration AMPLE_BUDGET = Duration.ofSeconds(10);

    private final FakeSource source = new FakeSource();
    private final List<DecoderEvent> events = new CopyOnWriteArrayList<>();
    private DefaultDecoderRegistry registry;

    @AfterEach
    void close() {
        registry.close();
    }

    private void startWith(Decoder decoder) {
        startWith(decoder, AMPLE_BUDGET);
    }

    private void startWith(Decoder decoder, Duration budget) {
        source.install(extension("com.example.bad", List.of(decoder("bad", decoder)), List.of(binding("bad", 21, 21)), List.of()));
        registry = new DefaultDecoderRegistry(source, new RegistryOptions(budget, MAX_FAULTS));
        registry.addListener(events::add);
    }

    private DecodeError errorOf(DecodeOutcome outcome) {
        assertTrue(outcome.packet().isEmpty());
        assertEquals(PAYLOAD.length, outcome.payload().length, "the raw bytes are kept");
        return outcome.error().orElseThrow();
    }

    @Test
    void throwingDecoderGivesAnErrorNamingThePlugin() {
        startWith(TestDecoders.throwing());

        DecodeError error = errorOf(registry.decode(PAYLOAD, ON_21));

        assertEquals(DecodeError.Kind.DECODER_FAILURE, error.kind());
        assertEquals("com.example.bad", error.contributorId());
        assertTrue(error.message().contains("bug in decoder"), error.message());
        assertTrue(events.stream().anyMatch(e -> e instanceof DecoderEvent.DecoderFaulted));
    }

    @Test
    void nullResultIsAnInvalidResult() {
        startWith(TestDecoders.returningNull());

        assertEquals(DecodeError.Kind.INVALID_RESULT, errorOf(registry.decode(PAYLOAD, ON_21)).kind());
    }

    @Test
    void fieldOutsideThePayloadIsAnInvalidResult() {
        startWith(TestDecoders.fieldPastTheEnd());

        DecodeError error = errorOf(registry.decode(PAYLOAD, ON_21));

        assertEquals(DecodeError.Kind.INVALID_RESULT, error.kind());
        assertTrue(error.message().contains("beyond"), error.message());
    }

    @Test
    void decoderPastItsBudgetTimesOutAndTheCallerGoesOn() {
        startWith(TestDecoders.stuck(), SHORT_BUDGET);
        long start = System.nanoTime();

        DecodeError error = errorOf(registry.decode(PAYLOAD, ON_21));

        assertEquals(DecodeError.Kind.TIMEOUT, error.kind());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
    }

    @Test
    void malformedPayloadIsReportedWithItsOffsetButIsNoFault() {
        startWith(TestDecoders.malformed());

        for (int i = 0; i < MAX_FAULTS + 1; i++) {
            DecodeError error = errorOf(registry.decode(PAYLOAD, ON_21));
            assertEquals(DecodeError.Kind.MALFORMED_PAYLOAD, error.kind());
            assertEquals(1, error.offset());
        }
        assertTrue(registry.decoder("bad").orElseThrow().enabled());
        assertTrue(events.isEmpty());
    }

    @Test
    void decoderThatKeepsFailingIsDisabledOnceAndTheUserIsTold() {
        startWith(TestDecoders.throwing());

        for (int i = 0; i < MAX_FAULTS + 2; i++) {
            registry.decode(PAYLOAD, ON_21);
        }

        assertFalse(registry.decoder("bad").orElseThrow().enabled());
        List<DecoderEvent> disabled = events.stream().filter(e -> e instanceof DecoderEvent.DecoderDisabled).toList();
        assertEquals(1, disabled.size());
        assertTrue(((DecoderEvent.DecoderDisabled) disabled.get(0)).reason().startsWith(MAX_FAULTS + " consecutive faults"));
        assertTrue(registry.decode(PAYLOAD, ON_21).error().isEmpty(), "a disabled decoder is not selected");
    }

    @Test
    void reEnablingClearsTheFaultCount() {
        startWith(TestDecoders.throwing());
        for (int i = 0; i < MAX_FAULTS; i++) {
            registry.decode(PAYLOAD, ON_21);
        }

        registry.setEnabled("bad", true);
        registry.decode(PAYLOAD, ON_21);

        assertTrue(registry.decoder("bad").orElseThrow().enabled());
    }

    @Test
    void failingListenerDoesNotStopDecoding() {
        startWith(TestDecoders.throwing());
        registry.addListener(event -> {
            throw new IllegalStateException("listener bug");
        });

        assertEquals(DecodeError.Kind.DECODER_FAILURE, errorOf(registry.decode(PAYLOAD, ON_21)).kind());
    }

    @Test
    void heuristicThatThrowsCountsAsNoAndAsAFault() {
        source.install(extension("com.example.h", List.of(decoder("h", TestDecoders.heuristicThatThrows())),
                List.of(), List.of(new HeuristicDeclaration("h", 0))));
        registry = new DefaultDecoderRegistry(source, new RegistryOptions(AMPLE_BUDGET, MAX_FAULTS));
        registry.addListener(events::add);

        DecodeOutcome outcome = registry.decode(PAYLOAD, ON_21);

        assertTrue(outcome.selection().decoderId().isEmpty());
        assertEquals(1, events.size());
    }

    @Test
    void heuristicDeclarationOfAPlainDecoderIsAFault() {
        source.install(extension("com.example.h", List.of(decoder("plain", TestDecoders.labelled("plain"))),
                List.of(), List.of(new HeuristicDeclaration("plain", 0))));
        registry = new DefaultDecoderRegistry(source, new RegistryOptions(AMPLE_BUDGET, MAX_FAULTS));
        registry.addListener(events::add);

        registry.select(PAYLOAD, ON_21);

        DecoderEvent.DecoderFaulted fault = (DecoderEvent.DecoderFaulted) events.get(0);
        assertTrue(fault.error().message().contains("HeuristicDecoder"), fault.error().message());
    }

    @Test
    void classThatCannotBeCreatedIsReportedWithItsPlugin() {
        source.install(extension("com.example.broken", List.of(new DecoderDeclaration("broken", "Broken", "", "",
                () -> {
                    throw new ClassNotFoundException("com.example.Missing");
                }, Optional.empty())), List.of(binding("broken", 21, 21)), List.of()));
        registry = new DefaultDecoderRegistry(source, RegistryOptions.defaults());

        DecodeError error = errorOf(registry.decode(PAYLOAD, ON_21));

        assertTrue(error.message().contains("com.example.broken"), error.message());
        assertTrue(error.message().contains("com.example.Missing"), error.message());
    }

    @Test
    void classOfTheWrongTypeIsReported() {
        source.install(extension("com.example.wrong", List.of(new DecoderDeclaration("wrong", "Wrong", "", "",
                () -> "not a decoder", Optional.empty())), List.of(binding("wrong", 21, 21)), List.of()));
        registry = new DefaultDecoderRegistry(source, RegistryOptions.defaults());

        DecodeError error = errorOf(registry.decode(PAYLOAD, ON_21));

        assertTrue(error.message().contains("java.lang.String"), error.message());
    }
}
