package org.meshbench.testcases.builtin.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.meshbench.network.DataFilter;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.testcases.TestContext;
import org.meshbench.testcases.TestParameters;

/**
 * Watches nodes report the new app config: a node counts once a packet of it on the report
 * endpoints contains the app config data.
 */
final class AppConfigWatch {

    private final TestContext context;

    AppConfigWatch(TestContext context) {
        this.context = context;
    }

    void watch(Bytes data) throws InterruptedException {
        TestParameters parameters = context.parameters();
        Duration period = parameters.duration("watchFor");
        if (period.isZero()) {
            return;
        }
        context.checks().require(parameters.isSet("reportSourceEndpoint") && parameters.isSet("reportDestinationEndpoint"),
                "watchFor needs reportSourceEndpoint and reportDestinationEndpoint");
        Set<Long> reporting = ConcurrentHashMap.newKeySet();
        byte[] wanted = data.toByteArray();
        context.closeWhenDone(context.network().addDataListener(DataFilter.ALL
                .withNetworks(context.target().networkAddress()).withEndpoints(
                        parameters.integer("reportSourceEndpoint"), parameters.integer("reportDestinationEndpoint")),
                packet -> {
                    if (contains(payload(packet), wanted)) {
                        reporting.add(packet.sourceAddress());
                    }
                }));
        context.sleep(period);
        context.metrics().count("nodes.reported", reporting.size());
        long minimum = parameters.integer("minReportingNodes");
        context.checks().expect(reporting.size() >= minimum, reporting.size() + " nodes reported the app config, fewer than "
                + minimum);
    }

    private static byte[] payload(ReceivedPacket packet) {
        return packet.event().payload().map(Bytes::toByteArray).orElse(new byte[0]);
    }

    private static boolean contains(byte[] payload, byte[] wanted) {
        for (int start = 0; start + wanted.length <= payload.length; start++) {
            if (Arrays.equals(payload, start, start + wanted.length, wanted, 0, wanted.length)) {
                return true;
            }
        }
        return false;
    }
}
