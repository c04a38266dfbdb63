package org.meshbench.testcases.builtin.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.meshbench.network.Gateway;
import org.meshbench.network.ScratchpadStatusReport;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkRef;
import org.meshbench.network.SinkResult;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.ScratchpadInfo;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestContext;
import org.meshbench.testcases.builtin.internal.support.TargetSinks;

/**
 * OTAP readiness: every sink reports its scratchpad status, no sequence number names two
 * different scratchpads, and a planned image has a fresh sequence number and fits every gateway.
 * Reads statuses only.
 */
public final class OtapReadiness implements TestCase {

    @Override
    public void run(TestContext context) throws Exception {
        List<Sink> sinks = TargetSinks.required(context);
        List<SinkResult<ScratchpadStatusReport>> results = context.await(
                context.network().otap(context.target().selection()).scratchpadStatus(), context.remaining());
        Map<SinkRef, ScratchpadStatusReport> statuses = new LinkedHashMap<>();
        for (SinkResult<ScratchpadStatusReport> result : results) {
            result.value().ifPresent(status -> statuses.put(result.sink(), status));
            result.failure().ifPresent(failure -> context.checks().expect(false, "sink " + result.sink()
                    + " did not report its scratchpad status: " + failure.getMessage()));
        }
        statuses.forEach((sink, status) -> context.log().info("sink " + sink + ": stored "
                + status.stored().map(OtapReadiness::describe).orElse("none") + ", running "
                + status.processed().map(OtapReadiness::describe).orElse("unknown")));
        context.metrics().count("sinks", sinks.size());
        context.metrics().count("sinks.answered", statuses.size());
        new ScratchpadSequences(context.checks()).check(statuses, context.parameters().isSet("plannedSequence")
                ? Optional.of(context.parameters().integer("plannedSequence")) : Optional.empty());
        context.metrics().count("stored.sequences", statuses.values().stream().flatMap(s -> s.stored().stream())
                .map(ScratchpadInfo::seq).distinct().count());
        if (context.parameters().isSet("imageSize")) {
            checkImageFits(context, sinks, context.parameters().integer("imageSize"));
        }
    }

    /** A gateway takes a larger image only in chunks, which it must announce. */
    private static void checkImageFits(TestContext context, List<Sink> sinks, long imageSize) {
        Set<String> gatewayIds = new TreeSet<>();
        sinks.forEach(sink -> gatewayIds.add(sink.gatewayId()));
        for (String id : gatewayIds) {
            Optional<Gateway> gateway = context.network().gateway(id);
            if (gateway.isEmpty()) {
                continue;
            }
            boolean chunks = gateway.get().hasFeature(GatewayFeature.SCRATCHPAD_CHUNK_V1);
            context.log().info("gateway " + id + ": features " + gateway.get().features() + ", max scratchpad size "
                    + (gateway.get().maxScratchpadSize().isPresent() ? gateway.get().maxScratchpadSize().getAsLong()
                            : "not announced"));
            gateway.get().maxScratchpadSize().ifPresent(max -> context.checks().expect(imageSize <= max || chunks,
                    "gateway " + id + " takes at most " + max + " bytes in one request and does not announce "
                            + GatewayFeature.SCRATCHPAD_CHUNK_V1 + ", but the image has " + imageSize));
        }
    }

    private static String describe(ScratchpadInfo info) {
        return "seq " + info.seq() + " (" + info.len() + " bytes, crc 0x" + Long.toHexString(info.crc()) + ")";
    }
}
