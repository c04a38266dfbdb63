package org.meshbench.testcases.builtin.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.meshbench.network.DataFilter;
import org.meshbench.network.NetworkException;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestContext;
import org.meshbench.testcases.TestParameters;
import org.meshbench.testcases.builtin.internal.support.TargetSinks;

/**
 * Send-data echo latency: sends probes to nodes whose application echoes them, and measures
 * round-trip percentiles and loss. A send the gateway refuses counts as lost.
 */
public final class EchoLatency implements TestCase {

    @Override
    public void run(TestContext context) throws Exception {
        TestParameters parameters = context.parameters();
        List<Sink> sinks = TargetSinks.required(context);
        List<Long> nodes = NodeChoice.nodes(context, parameters.integerList("nodes"),
                (int) parameters.integer("maxNodes"));
        long source = parameters.integer("sourceEndpoint");
        long destination = parameters.integer("destinationEndpoint");
        EchoProbes probes = new EchoProbes(new SecureRandom().nextInt(), (int) parameters.integer("payloadSize"));
        context.closeWhenDone(context.network().addDataListener(DataFilter.ALL
                .withNetworks(context.target().networkAddress()).withEndpoints(destination, source), probes::received));
        long rounds = parameters.integer("count");
        for (long round = 0; round < rounds; round++) {
            for (long node : nodes) {
                byte[] payload = probes.next(node);
                if (!sent(context, NodeChoice.sinkFor(context, node, sinks), OutgoingPacket.to(node, source,
                        destination, Bytes.of(payload)))) {
                    probes.notSent(payload);
                }
            }
            if (round + 1 < rounds) {
                context.sleep(parameters.duration("interval"));
            }
        }
        probes.awaitAnswers(parameters.duration("replyTimeout"));
        report(context, probes);
    }

    /** @return whether the gateway accepted the probe */
    private static boolean sent(TestContext context, SinkRef sink, OutgoingPacket packet) throws InterruptedException {
        try {
            context.network().sync().sendData(sink, packet);
            return true;
        } catch (NetworkException | TimeoutException e) {
            context.log().warning("probe to node " + packet.destinationAddress() + " through " + sink
                    + " not sent: " + e.getMessage());
            return false;
        }
    }

    private static void report(TestContext context, EchoProbes probes) {
        probes.perNode().forEach((node, counts) -> context.log().info("node " + node + ": " + counts[1] + " of "
                + counts[0] + " probes answered"));
        int sent = probes.sent();
        int answered = probes.roundTripsMs().count();
        double lossPercent = sent == 0 ? 0 : 100.0 * (sent - answered) / sent;
        context.metrics().count("probes.sent", sent);
        context.metrics().count("probes.answered", answered);
        context.metrics().record("loss", lossPercent, "%");
        context.checks().require(answered > 0, "no probe was answered (" + sent + " sent)");
        for (int percent : new int[] {50, 95, 99, 100}) {
            context.metrics().record(percent == 100 ? "latency.max" : "latency.p" + percent,
                    probes.roundTripsMs().percentile(percent), "ms");
        }
        double maxLoss = context.parameters().decimal("maxLossPercent");
        context.checks().expect(lossPercent <= maxLoss, String.format(Locale.ROOT,
                "loss %.1f %% is above the allowed %.1f %%", lossPercent, maxLoss));
        if (context.parameters().isSet("maxP95")) {
            Duration limit = context.parameters().duration("maxP95");
            double p95 = probes.roundTripsMs().percentile(95);
            context.checks().expect(p95 <= limit.toMillis(), "p95 latency " + p95 + " ms is above " + limit.toMillis()
                    + " ms");
        }
    }
}
