package org.meshbench.testcases.builtin.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.meshbench.network.DataFilter;
import org.meshbench.network.NetworkOperations;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.SinkResult;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestContext;
import org.meshbench.testcases.TestParameters;
import org.meshbench.testcases.builtin.internal.support.TargetSinks;

/**
 * Broadcast delivery: every sink of the network sends the same broadcast, every gateway must accept
 * it, and optionally enough nodes answer on the reverse endpoint pair.
 */
public final class BroadcastDelivery implements TestCase {

    @Override
    public void run(TestContext context) throws Exception {
        TestParameters parameters = context.parameters();
        int sinks = TargetSinks.required(context).size();
        long source = parameters.integer("sourceEndpoint");
        long destination = parameters.integer("destinationEndpoint");
        Duration replyWindow = parameters.duration("replyWindow");
        Set<Long> repliers = ConcurrentHashMap.newKeySet();
        if (!replyWindow.isZero()) {
            context.closeWhenDone(context.network().addDataListener(DataFilter.ALL
                    .withNetworks(context.target().networkAddress()).withEndpoints(destination, source),
                    packet -> repliers.add(packet.sourceAddress())));
        }
        NetworkOperations operations = context.network().networkOperations(context.target().selection());
        OutgoingPacket broadcast = OutgoingPacket.to(OutgoingPacket.BROADCAST, source, destination,
                parameters.bytes("payload"));
        long count = parameters.integer("count");
        long accepted = 0;
        for (long round = 1; round <= count; round++) {
            accepted += accepted(context, round, context.await(operations.sendData(broadcast), context.remaining()));
            if (round < count) {
                context.sleep(parameters.duration("interval"));
            }
        }
        context.metrics().count("sinks", sinks);
        context.metrics().count("broadcasts.accepted", accepted);
        context.metrics().count("broadcasts.refused", count * sinks - accepted);
        if (!replyWindow.isZero()) {
            context.sleep(replyWindow);
            checkReplies(context, repliers.size());
        }
    }

    private static long accepted(TestContext context, long round, List<SinkResult<Void>> results) {
        for (SinkResult<Void> result : results) {
            result.failure().ifPresent(failure -> context.checks().expect(false, "broadcast " + round
                    + " not accepted by " + result.sink() + ": " + failure.getMessage()));
        }
        return results.stream().filter(SinkResult::succeeded).count();
    }

    private static void checkReplies(TestContext context, int replied) {
        int known = context.network().nodes(context.target().networkAddress()).size();
        context.metrics().count("nodes.replied", replied);
        if (known > 0) {
            context.metrics().record("coverage", 100.0 * replied / known, "%");
        }
        long minimum = context.parameters().integer("minReplyingNodes");
        context.checks().expect(replied >= minimum, replied + " nodes replied, fewer than the " + minimum
                + " required");
    }
}
