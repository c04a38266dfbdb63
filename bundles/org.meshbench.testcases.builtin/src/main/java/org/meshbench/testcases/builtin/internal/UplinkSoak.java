package org.meshbench.testcases.builtin.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.meshbench.network.DataFilter;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.testcases.DurationText;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestContext;
import org.meshbench.testcases.TestParameters;
import org.meshbench.testcases.builtin.internal.support.DecodeTally;
import org.meshbench.testcases.builtin.internal.support.SequenceTracker;

/**
 * Uplink rate soak: listens to the network's uplink for a period; the packet rate must stay within
 * bounds and, where the payload carries a per-node sequence number, none may go missing.
 * Duplicates and reordering are counted, and so is what the installed decoders make of the
 * packets, so that a soak also finds payloads a decoder cannot read. Changes nothing.
 */
public final class UplinkSoak implements TestCase {

    @Override
    public void run(TestContext context) throws Exception {
        TestParameters parameters = context.parameters();
        Duration period = parameters.duration("duration");
        context.checks().require(period.compareTo(context.remaining()) < 0, "the soak lasts "
                + DurationText.format(period) + " but the test times out in " + DurationText.format(context.remaining())
                + "; raise the timeout");
        int width = (int) parameters.integer("sequenceBytes");
        Optional<SequenceTracker> sequences = width == 0 ? Optional.empty()
                : Optional.of(new SequenceTracker((int) parameters.integer("sequenceOffset"), width));
        Map<Long, AtomicLong> packetsByNode = new ConcurrentHashMap<>();
        DecodeTally decoding = new DecodeTally();
        context.closeWhenDone(context.network().addDataListener(filter(context), packet -> {
            packetsByNode.computeIfAbsent(packet.sourceAddress(), node -> new AtomicLong()).incrementAndGet();
            sequences.ifPresent(tracker -> tracker.record(packet.sourceAddress(), payload(packet)));
            context.decode(packet).ifPresent(decoding::record);
        }));
        context.log().info("listening for " + DurationText.format(period));
        long started = System.nanoTime();
        context.sleep(period);
        double seconds = (System.nanoTime() - started) / 1e9;
        long packets = packetsByNode.values().stream().mapToLong(AtomicLong::get).sum();
        context.metrics().count("packets", packets);
        context.metrics().count("nodes", packetsByNode.size());
        context.metrics().record("rate", packets / seconds, "packets/s");
        checkRate(context, packets / seconds);
        sequences.ifPresent(tracker -> checkSequences(context, tracker));
        checkDecoding(context, decoding);
    }

    private static DataFilter filter(TestContext context) {
        DataFilter filter = DataFilter.ALL.withNetworks(context.target().networkAddress());
        TestParameters parameters = context.parameters();
        if (parameters.isSet("sourceEndpoint") != parameters.isSet("destinationEndpoint")) {
            throw context.checks().fail("give both sourceEndpoint and destinationEndpoint, or neither");
        }
        return parameters.isSet("sourceEndpoint")
                ? filter.withEndpoints(parameters.integer("sourceEndpoint"), parameters.integer("destinationEndpoint"))
                : filter;
    }

    private static void checkRate(TestContext context, double rate) {
        TestParameters parameters = context.parameters();
        double minimum = parameters.decimal("minRate");
        context.checks().expect(rate >= minimum, String.format(Locale.ROOT,
                "rate %.2f packets/s is below the minimum %.2f", rate, minimum));
        if (parameters.isSet("maxRate")) {
            double maximum = parameters.decimal("maxRate");
            context.checks().expect(rate <= maximum, String.format(Locale.ROOT,
                    "rate %.2f packets/s is above the maximum %.2f", rate, maximum));
        }
    }

    private static void checkSequences(TestContext context, SequenceTracker tracker) {
        context.metrics().count("sequence.missing", tracker.missing());
        context.metrics().count("sequence.duplicates", tracker.duplicates());
        context.metrics().count("sequence.reordered", tracker.reordered());
        context.metrics().count("sequence.unreadable", tracker.unreadable());
        long maxMissing = context.parameters().integer("maxMissing");
        context.checks().expect(tracker.missing() <= maxMissing, tracker.missing()
                + " sequence numbers are missing, more than the " + maxMissing + " allowed");
        if (context.parameters().isSet("maxDuplicates")) {
            long maxDuplicates = context.parameters().integer("maxDuplicates");
            context.checks().expect(tracker.duplicates() <= maxDuplicates, tracker.duplicates()
                    + " packets repeat a sequence number, more than the " + maxDuplicates + " allowed");
        }
    }

    private static void checkDecoding(TestContext context, DecodeTally decoding) {
        context.metrics().count("decode.decoded", decoding.decoded());
        context.metrics().count("decode.failed", decoding.failed());
        context.metrics().count("decode.undecoded", decoding.undecoded());
        decoding.firstFailures().forEach(failure -> context.log().warning(failure));
        if (context.parameters().isSet("maxDecodeFailures")) {
            long maxFailures = context.parameters().integer("maxDecodeFailures");
            context.checks().expect(decoding.failed() <= maxFailures, decoding.failed()
                    + " packets failed to decode, more than the " + maxFailures + " allowed");
        }
    }

    private static Bytes payload(ReceivedPacket packet) {
        return packet.event().payload().orElse(Bytes.empty());
    }
}
