package org.meshbench.testcases.builtin.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.meshbench.network.Sink;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.testcases.TestChecks;

/**
 * Sinks of one network must share the channel and the app config (else nodes see two networks,
 * or the app config flips), and should have keys set and be started.
 */
final class SinkConsistency {

    private final TestChecks checks;

    SinkConsistency(TestChecks checks) {
        this.checks = checks;
    }

    void check(List<Sink> sinks, boolean requireKeys, boolean requireStarted) {
        same(sinks, "channel", sink -> sink.config().networkChannel().isPresent()
                ? Long.toString(sink.config().networkChannel().getAsLong()) : "none");
        same(sinks, "app config", sink -> sink.config().appConfig().map(SinkConsistency::appConfig).orElse("none"));
        for (Sink sink : sinks) {
            if (requireKeys) {
                checks.expect(sink.config().areKeysSet().orElse(false), "sink " + sink.ref() + " has no network keys set");
            }
            if (requireStarted) {
                checks.expect(sink.started(), "sink " + sink.ref() + " is not started");
            }
        }
    }

    /** @return one line with what the audit compares */
    static String describe(Sink sink) {
        return "sink " + sink.ref() + ": channel " + (sink.config().networkChannel().isPresent()
                ? sink.config().networkChannel().getAsLong() : "?")
                + ", app config " + sink.config().appConfig().map(SinkConsistency::appConfig).orElse("none")
                + ", keys set " + sink.config().areKeysSet().map(String::valueOf).orElse("?")
                + ", started " + sink.started();
    }

    private void same(List<Sink> sinks, String what, Function<Sink, String> value) {
        Map<String, List<String>> sinksByValue = new LinkedHashMap<>();
        sinks.forEach(sink -> sinksByValue.computeIfAbsent(value.apply(sink), v -> new ArrayList<>())
                .add(sink.ref().toString()));
        checks.expect(sinksByValue.size() <= 1, "the sinks disagree on the " + what + ": "
                + sinksByValue.entrySet().stream().map(entry -> entry.getKey() + " on " + entry.getValue())
                        .collect(Collectors.joining(", ")));
    }

    private static String appConfig(AppConfigData config) {
        return "seq " + config.seq() + " diag " + config.diagIntervalS() + " s data " + config.appConfigData().toHex();
    }
}
