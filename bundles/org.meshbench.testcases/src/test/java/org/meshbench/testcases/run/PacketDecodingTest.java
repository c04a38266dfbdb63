package org.meshbench.testcases.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.meshbench.testcases.internal.registry.FakeSource.extension;
import static org.meshbench.testcases.internal.registry.FakeSource.testCase;
import static org.meshbench.testcases.internal.registry.FakeSource.unusedNetwork;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.decoders.DecoderSelection;
import org.meshbench.decoders.PacketContext;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.internal.registry.DefaultTestCaseRegistry;
import org.meshbench.testcases.internal.registry.FakeSource;

/** What {@link org.meshbench.testcases.TestContext#decode} hands the decoder registry, and when it does not. */
@Timeout(30)
class PacketDecodingTest {

    private static final SinkRef SINK = new SinkRef("gw-1", "sink0");

    private final FakeSource source = new FakeSource();
    private final List<PacketContext> asked = new CopyOnWriteArrayList<>();
    private final List<byte[]> payloads = new CopyOnWriteArrayList<>();
    private final List<Optional<DecodeOutcome>> outcomes = new CopyOnWriteArrayList<>();
    private volatile ReceivedPacket next;

    PacketDecodingTest() {
        source.install(extension("plugin.tests", testCase("decodes", context -> outcomes.add(context.decode(next)))));
    }

    @Test
    void aPacketGoesToTheRegistryWithItsWholeContext() throws InterruptedException {
        ReceivedPacket packet = packet(Optional.of(Bytes.fromHex("f80102")), OptionalLong.empty(), 253, 255);

        TestResult result = decodeInATest(withRegistry(), packet);

        assertEquals(TestStatus.PASSED, result.status(), result.message());
        assertEquals(List.of(new PacketContext("gw-1", "sink0", 0x123456, 42, 1, 253, 255, 3, 40,
                1_700_000_000_000L, 1)), asked);
        assertEquals("f80102", Bytes.of(payloads.get(0)).toHex());
        assertEquals("3 bytes: f80102", outcomes.get(0).orElseThrow().summary());
    }

    @Test
    void nothingIsDecodedWithoutPayloadWithoutRegistryOrWithEndpointsBeyondAByte() throws InterruptedException {
        decodeInATest(withRegistry(), packet(Optional.empty(), OptionalLong.of(80), 253, 255));
        decodeInATest(withRegistry(), packet(Optional.of(Bytes.fromHex("01")), OptionalLong.empty(), 256, 255));
        decodeInATest(new TestRunner(new DefaultTestCaseRegistry(source)),
                packet(Optional.of(Bytes.fromHex("01")), OptionalLong.empty(), 253, 255));

        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty()), outcomes);
        assertEquals(List.of(), asked);
    }

    private TestResult decodeInATest(TestRunner runner, ReceivedPacket packet) throws InterruptedException {
        next = packet;
        return runner.run(TestPlan.of(TestTarget.network(0x123456), List.of(PlannedTest.of("decodes"))),
                unusedNetwork(), TestRunListener.NONE, new RunCancellation()).results().get(0);
    }

    /** A registry that records what it is asked and finds no decoder: the selection itself is tested elsewhere. */
    private TestRunner withRegistry() {
        DecoderRegistry registry = (DecoderRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DecoderRegistry.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("decode")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    payloads.add((byte[]) args[0]);
                    asked.add((PacketContext) args[1]);
                    return DecodeOutcome.undecoded((byte[]) args[0], (PacketContext) args[1],
                            DecoderSelection.none(List.of()));
                });
        return new TestRunner(new DefaultTestCaseRegistry(source), RunnerOptions.defaults(), registry);
    }

    private static ReceivedPacket packet(Optional<Bytes> payload, OptionalLong payloadSize, long sourceEndpoint,
            long destinationEndpoint) {
        ReceivedDataEvent event = new ReceivedDataEvent(new EventHeader("gw-1", Optional.of("sink0"), 9,
                OptionalLong.empty()), 42, 1, sourceEndpoint, destinationEndpoint, 40, 1_700_000_000_000L, 1, payload,
                payloadSize, OptionalLong.of(3), OptionalLong.of(0x123456));
        return new ReceivedPacket(SINK, 0x123456, event, Instant.EPOCH);
    }
}
