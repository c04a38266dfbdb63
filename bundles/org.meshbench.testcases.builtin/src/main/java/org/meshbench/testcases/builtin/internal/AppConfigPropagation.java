package org.meshbench.testcases.builtin.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestContext;
import org.meshbench.testcases.TestParameters;
import org.meshbench.testcases.builtin.internal.support.TargetSinks;

/**
 * App-config propagation: writes one app config with a new sequence number to every sink of the
 * network, reads it back with get_configs, optionally watches nodes report it, and restores the
 * previous data and interval if they changed.
 */
public final class AppConfigPropagation implements TestCase {

    /** Sinks keep the sequence in one byte, so it wraps there (as the TLV app config helper does). */
    private static final long SEQUENCE_MODULUS = 256;

    @Override
    public void run(TestContext context) throws Exception {
        List<Sink> sinks = TargetSinks.required(context);
        Map<SinkRef, AppConfigData> before = new LinkedHashMap<>();
        sinks.forEach(sink -> sink.config().appConfig().ifPresent(config -> before.put(sink.ref(), config)));
        AppConfigData wanted = wanted(context, sinks, before);
        boolean changes = before.values().stream().anyMatch(previous -> !sameContent(previous, wanted));
        context.metrics().count("sinks", sinks.size());
        context.metrics().count("sequence", wanted.seq());
        AppConfigWriter writer = new AppConfigWriter(context);
        try {
            writer.write(sinks, sink -> wanted);
            writer.readBack(sinks, wanted);
            new AppConfigWatch(context).watch(wanted.appConfigData());
        } finally {
            if (changes && context.parameters().bool("restore")) {
                restore(context, writer, sinks, before, next(wanted.seq()));
            }
        }
    }

    private static AppConfigData wanted(TestContext context, List<Sink> sinks, Map<SinkRef, AppConfigData> before) {
        TestParameters parameters = context.parameters();
        Optional<AppConfigData> base = Optional.ofNullable(before.get(sinks.get(0).ref()));
        context.checks().require(base.isPresent() || parameters.isSet("data") && parameters.isSet("diagnosticsInterval"),
                "sink " + sinks.get(0).ref() + " reports no app config; give data and diagnosticsInterval");
        Bytes data = parameters.isSet("data") ? parameters.bytes("data") : base.get().appConfigData();
        long interval = parameters.isSet("diagnosticsInterval") ? parameters.integer("diagnosticsInterval")
                : base.get().diagIntervalS();
        long highest = before.values().stream().mapToLong(AppConfigData::seq).max().orElse(0);
        return new AppConfigData(interval, data, next(highest));
    }

    /**
     * Puts each sink's previous data and interval back. Runs even when the test was interrupted,
     * since a network left with test data is worse than a late restore.
     */
    private static void restore(TestContext context, AppConfigWriter writer, List<Sink> sinks,
            Map<SinkRef, AppConfigData> before, long seq) throws InterruptedException {
        boolean interrupted = Thread.interrupted();
        try {
            List<Sink> known = sinks.stream().filter(sink -> before.containsKey(sink.ref())).toList();
            context.log().info("restoring the previous app config of " + known.size() + " sinks");
            writer.write(known, sink -> {
                AppConfigData previous = before.get(sink.ref());
                return new AppConfigData(previous.diagIntervalS(), previous.appConfigData(), seq);
            });
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean sameContent(AppConfigData first, AppConfigData second) {
        return first.diagIntervalS() == second.diagIntervalS() && first.appConfigData().equals(second.appConfigData());
    }

    private static long next(long seq) {
        return (seq + 1) % SEQUENCE_MODULUS;
    }
}
