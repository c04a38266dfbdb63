package org.meshbench.testcases.builtin.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.meshbench.mesh.remoteapi.RemoteApi;
import org.meshbench.network.DataFilter;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.SinkResult;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestContext;
import org.meshbench.testcases.builtin.internal.support.HopHistogram;
import org.meshbench.testcases.builtin.internal.support.Samples;
import org.meshbench.testcases.builtin.internal.support.TargetSinks;

/**
 * Remote API ping: broadcasts a ping through every sink of the network and collects the answers
 * for a while: which nodes answer, after how long, over how many hops. Changes nothing.
 */
public final class RemoteApiPing implements TestCase {

    private static final int REFERENCE_SIZE = 8;

    /** What one node answered first. */
    private record Answer(double replyMs, long hops) {
    }

    @Override
    public void run(TestContext context) throws Exception {
        TargetSinks.required(context);
        byte[] reference = new byte[REFERENCE_SIZE];
        new SecureRandom().nextBytes(reference);
        Map<Long, Answer> answers = new ConcurrentHashMap<>();
        AtomicLong sentNanos = new AtomicLong(System.nanoTime());
        context.closeWhenDone(context.network().addDataListener(DataFilter.ALL
                .withNetworks(context.target().networkAddress())
                .withEndpoints(RemoteApi.NODE_ENDPOINT, RemoteApi.BACKEND_ENDPOINT), packet -> {
                    if (RemoteApi.answersPing(payload(packet), reference)) {
                        answers.putIfAbsent(packet.sourceAddress(), new Answer(
                                (System.nanoTime() - sentNanos.get()) / 1e6, packet.event().hopCount().orElse(0)));
                    }
                }));
        OutgoingPacket ping = OutgoingPacket.to(OutgoingPacket.BROADCAST, RemoteApi.BACKEND_ENDPOINT,
                RemoteApi.NODE_ENDPOINT, Bytes.of(RemoteApi.ping(reference)));
        sentNanos.set(System.nanoTime());
        List<SinkResult<Void>> sent = context.await(context.network()
                .networkOperations(context.target().selection()).sendData(ping), context.remaining());
        sent.forEach(result -> result.failure().ifPresent(failure -> context.checks().expect(false,
                "ping not accepted by " + result.sink() + ": " + failure.getMessage())));
        context.checks().require(sent.stream().anyMatch(SinkResult::succeeded), "no sink accepted the ping");
        context.sleep(context.parameters().duration("listenFor"));
        report(context, Map.copyOf(answers));
    }

    private static void report(TestContext context, Map<Long, Answer> answers) {
        HopHistogram histogram = new HopHistogram();
        Samples replyMs = new Samples();
        answers.values().forEach(answer -> {
            histogram.add(answer.hops());
            replyMs.add(answer.replyMs());
        });
        histogram.nodesByHops().forEach((hops, nodes) -> context.log().info(hops + " hops: " + nodes + " nodes"));
        context.metrics().count("nodes.answered", answers.size());
        histogram.recordTo(context.metrics());
        if (!answers.isEmpty()) {
            context.metrics().record("reply.p50", replyMs.percentile(50), "ms");
            context.metrics().record("reply.max", replyMs.percentile(100), "ms");
        }
        long minimum = context.parameters().integer("minNodes");
        context.checks().expect(answers.size() >= minimum, answers.size() + " nodes answered, fewer than " + minimum);
        int known = context.network().nodes(context.target().networkAddress()).size();
        if (known > 0) {
            double coverage = 100.0 * answers.size() / known;
            context.metrics().record("coverage", coverage, "%");
            if (context.parameters().isSet("minCoveragePercent")) {
                double wanted = context.parameters().decimal("minCoveragePercent");
                context.checks().expect(coverage >= wanted, String.format(Locale.ROOT,
                        "%.1f %% of the %d known nodes answered, fewer than %.1f %%", coverage, known, wanted));
            }
        }
    }

    private static byte[] payload(ReceivedPacket packet) {
        return packet.event().payload().map(Bytes::toByteArray).orElse(new byte[0]);
    }
}
