package org.meshbench.testcases.builtin.internal;

import java.util.List;
import org.meshbench.network.Node;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkRef;
import org.meshbench.testcases.TestContext;

/** Which nodes a test addresses, and through which sink. */
final class NodeChoice {

    private NodeChoice() {
    }

    /**
     * @param context the test's context
     * @param given the nodes the user named; empty to take nodes the model has seen
     * @param max how many seen nodes to take at most
     * @return the nodes, never empty
     * @throws org.meshbench.testcases.TestFailedException if there is no node to address
     */
    static List<Long> nodes(TestContext context, List<Long> given, int max) {
        if (!given.isEmpty()) {
            return given;
        }
        List<Long> seen = context.network().nodes(context.target().networkAddress()).stream().map(Node::address)
                .limit(max).toList();
        context.checks().require(!seen.isEmpty(), "no node of network " + context.target().networkAddress()
                + " has sent data yet; name the nodes with the nodes parameter");
        context.log().info("addressing " + seen.size() + " nodes seen in the network: " + seen);
        return seen;
    }

    /** @return the sink that last heard the node, if the test may use it; else the first sink */
    static SinkRef sinkFor(TestContext context, long node, List<Sink> sinks) {
        return context.network().node(context.target().networkAddress(), node).map(Node::lastSink)
                .filter(last -> sinks.stream().anyMatch(sink -> sink.ref().equals(last)))
                .orElse(sinks.get(0).ref());
    }
}
