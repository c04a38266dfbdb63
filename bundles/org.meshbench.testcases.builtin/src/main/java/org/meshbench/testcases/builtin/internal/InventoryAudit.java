package org.meshbench.testcases.builtin.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;
import org.meshbench.network.Gateway;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkException;
import org.meshbench.network.Sink;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestChecks;
import org.meshbench.testcases.TestContext;
import org.meshbench.testcases.builtin.internal.support.TargetSinks;

/**
 * Gateway and sink inventory audit: the expected gateways are online and serve the network, and
 * the network's sinks agree on their configuration. Reads configurations only.
 */
public final class InventoryAudit implements TestCase {

    @Override
    public void run(TestContext context) throws Exception {
        NetworkClient network = context.network();
        Set<String> gateways = gatewaysOfTheNetwork(context);
        gateways.addAll(context.parameters().textList("expectedGateways"));
        if (context.parameters().bool("refreshConfigs")) {
            refresh(context, gateways);
        }
        checkExpectedGateways(context);
        if (context.parameters().bool("failOnOfflineGateways")) {
            checkNoneOffline(context, gateways);
        }
        List<Sink> sinks = TargetSinks.required(context);
        sinks.forEach(sink -> context.log().info(SinkConsistency.describe(sink)));
        new SinkConsistency(context.checks()).check(sinks, context.parameters().bool("requireKeys"),
                context.parameters().bool("requireStarted"));
        long online = sinks.stream().map(Sink::gatewayId).distinct().count();
        context.metrics().count("gateways.online", online);
        context.metrics().count("gateways.offline", gateways.stream().map(network::gateway)
                .flatMap(Optional::stream).filter(gateway -> !gateway.online()).count());
        context.metrics().count("sinks", sinks.size());
    }

    /** @return allowed gateways, online or not, that reported a sink in the network */
    private static Set<String> gatewaysOfTheNetwork(TestContext context) {
        Set<String> ids = new TreeSet<>();
        long address = context.target().networkAddress();
        for (Gateway gateway : context.network().gateways()) {
            boolean serves = gateway.sinks().stream().anyMatch(sink -> sink.networkAddress().isPresent()
                    && sink.networkAddress().getAsLong() == address);
            if (serves && context.target().allows(gateway.id())) {
                ids.add(gateway.id());
            }
        }
        return ids;
    }

    /** Asks each online gateway for its configuration, so that the audit does not judge stale status. */
    private static void refresh(TestContext context, Set<String> gatewayIds) throws InterruptedException {
        for (String id : gatewayIds) {
            Optional<Gateway> gateway = context.network().gateway(id);
            if (gateway.isEmpty() || !gateway.get().online()) {
                continue;
            }
            try {
                context.network().sync().getConfigs(id);
            } catch (NetworkException | TimeoutException e) {
                context.checks().expect(false, "gateway " + id + " did not return its configuration: "
                        + e.getMessage());
            }
        }
    }

    /** Expected gateways are reported by {@link #checkExpectedGateways}, so only the others are checked here. */
    private static void checkNoneOffline(TestContext context, Set<String> gatewayIds) {
        List<String> expected = context.parameters().textList("expectedGateways");
        gatewayIds.stream().filter(id -> !expected.contains(id)).map(context.network()::gateway)
                .flatMap(Optional::stream).filter(gateway -> !gateway.online())
                .forEach(gateway -> context.checks().expect(false, "gateway " + gateway.id()
                        + " served the network but is offline"));
    }

    private static void checkExpectedGateways(TestContext context) {
        TestChecks checks = context.checks();
        long address = context.target().networkAddress();
        for (String id : context.parameters().textList("expectedGateways")) {
            Optional<Gateway> gateway = context.network().gateway(id);
            if (!checks.expect(gateway.isPresent(), "expected gateway " + id + " is unknown to the broker")
                    || !checks.expect(gateway.get().online(), "expected gateway " + id + " is offline")) {
                continue;
            }
            checks.expect(gateway.get().sinks().stream().anyMatch(sink -> sink.networkAddress().isPresent()
                    && sink.networkAddress().getAsLong() == address),
                    "expected gateway " + id + " has no sink in network " + address);
        }
    }
}
