package org.meshbench.testcases.builtin.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.meshbench.network.NetworkException;
import org.meshbench.network.Sink;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ConfigurationDataItem;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestContext;
import org.meshbench.testcases.builtin.internal.support.TargetSinks;

/**
 * Configuration data item set and get: on every sink whose gateway announces
 * CONFIGURATION_DATA_V1, sets an item, reads it back, and restores what was there.
 */
public final class ConfigurationDataItemCheck implements TestCase {

    @Override
    public void run(TestContext context) throws Exception {
        List<Sink> all = TargetSinks.required(context);
        List<Sink> capable = all.stream().filter(sink -> context.network().gateway(sink.gatewayId())
                .filter(gateway -> gateway.hasFeature(GatewayFeature.CONFIGURATION_DATA_V1)).isPresent()).toList();
        all.stream().filter(sink -> !capable.contains(sink)).forEach(sink -> context.log().info("sink " + sink.ref()
                + " skipped: its gateway does not announce " + GatewayFeature.CONFIGURATION_DATA_V1));
        if (capable.isEmpty()) {
            throw context.checks().skip("no gateway of " + context.target() + " announces "
                    + GatewayFeature.CONFIGURATION_DATA_V1);
        }
        ConfigurationDataItem item = new ConfigurationDataItem(context.parameters().integer("endpoint"),
                context.parameters().bytes("payload"));
        long matching = 0;
        for (Sink sink : capable) {
            matching += check(context, sink, item) ? 1 : 0;
        }
        context.metrics().count("sinks.tested", capable.size());
        context.metrics().count("sinks.matching", matching);
    }

    /** @return whether the sink read back what was set */
    private static boolean check(TestContext context, Sink sink, ConfigurationDataItem item)
            throws InterruptedException {
        Optional<ConfigurationDataItem> before;
        try {
            before = context.network().sync().getConfigurationDataItem(sink.ref(), item.endpoint());
        } catch (NetworkException | TimeoutException e) {
            return context.checks().expect(false, "reading item " + item.endpoint() + " of " + sink.ref() + " failed: "
                    + e.getMessage());
        }
        try {
            context.network().sync().setConfigurationDataItem(sink.ref(), item);
            Optional<Bytes> read = context.network().sync().getConfigurationDataItem(sink.ref(), item.endpoint())
                    .map(ConfigurationDataItem::payload);
            return context.checks().expect(read.equals(Optional.of(item.payload())), "sink " + sink.ref()
                    + " reads back item " + item.endpoint() + " as " + read.map(Bytes::toHex).orElse("absent")
                    + " instead of " + item.payload().toHex());
        } catch (NetworkException | TimeoutException e) {
            return context.checks().expect(false, "item " + item.endpoint() + " on " + sink.ref() + ": "
                    + e.getMessage());
        } finally {
            if (context.parameters().bool("restore")) {
                restore(context, sink, item.endpoint(), before);
            }
        }
    }

    /** An empty payload clears an item, which is how one that did not exist is put back. */
    private static void restore(TestContext context, Sink sink, long endpoint, Optional<ConfigurationDataItem> before)
            throws InterruptedException {
        try {
            context.network().sync().setConfigurationDataItem(sink.ref(),
                    before.orElse(new ConfigurationDataItem(endpoint, Bytes.empty())));
        } catch (NetworkException | TimeoutException e) {
            context.checks().expect(false, "restoring item " + endpoint + " of " + sink.ref() + " failed: "
                    + e.getMessage());
        }
    }
}
