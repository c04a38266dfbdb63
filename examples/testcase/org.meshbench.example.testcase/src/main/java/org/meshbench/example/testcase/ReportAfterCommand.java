package org.meshbench.example.testcase;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.meshbench.network.DataFilter;
import org.meshbench.network.NetworkException;
import org.meshbench.network.Node;
import org.meshbench.network.OutgoingPacket;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.testcases.DurationText;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestContext;
import org.meshbench.testcases.TestParameters;

/**
 * Acme climate sensors must report within a given time after a "report now" command. Sends one
 * {@link ReportCommand} to each sensor, through the sink that last heard it, and waits for the
 * reports on the reversed endpoints. A command the gateway refuses counts as not reported.
 */
public final class ReportAfterCommand implements TestCase {

    @Override
    public void run(TestContext context) throws Exception {
        TestParameters parameters = context.parameters();
        List<Sink> sinks = context.network().sinks().stream().filter(context.target().selection()::includes)
                .toList();
        context.checks().require(!sinks.isEmpty(), "no online sink serves " + context.target());
        List<Long> sensors = sensors(context, parameters.integerList("nodes"), (int) parameters.integer("maxNodes"));
        long backend = parameters.integer("backendEndpoint");
        long sensor = parameters.integer("sensorEndpoint");
        Duration within = parameters.duration("within");

        int tag = new SecureRandom().nextInt();
        Reports reports = new Reports(tag);
        context.closeWhenDone(context.network().addDataListener(DataFilter.ALL
                .withNetworks(context.target().networkAddress()).withEndpoints(sensor, backend), reports::received));
        for (long node : sensors) {
            OutgoingPacket command = OutgoingPacket.to(node, backend, sensor, Bytes.of(ReportCommand.encode(tag)));
            reports.commanded(node, System.nanoTime()); // before sending: a fast report must find its command
            if (!sent(context, sinkFor(context, node, sinks), command)) {
                reports.notSent(node);
            }
        }
        reports.awaitAll(within);
        judge(context, reports, sensors, within);
    }

    /** @return the named sensors, else up to {@code max} nodes the network model has seen */
    private static List<Long> sensors(TestContext context, List<Long> named, int max) {
        if (!named.isEmpty()) {
            return named;
        }
        List<Long> seen = context.network().nodes(context.target().networkAddress()).stream().map(Node::address)
                .limit(max).toList();
        context.checks().require(!seen.isEmpty(), "no node of network " + context.target().networkAddress()
                + " has sent data yet; name the sensors with the nodes parameter");
        return seen;
    }

    /** @return the sink that last heard the node, if the test may use it; else the first sink */
    private static SinkRef sinkFor(TestContext context, long node, List<Sink> sinks) {
        return context.network().node(context.target().networkAddress(), node).map(Node::lastSink)
                .filter(last -> sinks.stream().anyMatch(sink -> sink.ref().equals(last)))
                .orElse(sinks.get(0).ref());
    }

    /** @return whether the gateway accepted the command; a refusal is logged */
    private static boolean sent(TestContext context, SinkRef sink, OutgoingPacket command)
            throws InterruptedException {
        try {
            context.network().sync().sendData(sink, command);
            return true;
        } catch (NetworkException | TimeoutException e) {
            context.log().error("command to sensor " + command.destinationAddress() + " through " + sink
                    + " not sent: " + e.getMessage());
            return false;
        }
    }

    private static void judge(TestContext context, Reports reports, List<Long> sensors, Duration within) {
        List<Long> silent = new ArrayList<>();
        List<Double> afterMs = new ArrayList<>();
        for (long node : sensors) {
            Optional<Duration> after = reports.reportedAfter(node);
            if (after.isPresent()) {
                afterMs.add(after.get().toNanos() / 1e6);
                context.log().info(String.format(Locale.ROOT, "sensor %d reported after %.1f ms", node,
                        after.get().toNanos() / 1e6));
            } else {
                silent.add(node);
                context.log().warning("sensor " + node + " did not report within " + DurationText.format(within));
            }
        }
        context.metrics().count("sensors.commanded", reports.commandedCount());
        context.metrics().count("sensors.reported", afterMs.size());
        if (!afterMs.isEmpty()) {
            context.metrics().record("report.max", afterMs.stream().mapToDouble(Double::doubleValue).max()
                    .orElseThrow(), "ms");
            context.metrics().record("report.mean", afterMs.stream().mapToDouble(Double::doubleValue).average()
                    .orElseThrow(), "ms");
        }
        double reportingPercent = 100.0 * afterMs.size() / sensors.size();
        context.checks().expect(reportingPercent >= context.parameters().decimal("minReportingPercent"),
                silent.size() + " of " + sensors.size() + " sensors did not report within "
                        + DurationText.format(within) + ": " + silent);
    }
}
