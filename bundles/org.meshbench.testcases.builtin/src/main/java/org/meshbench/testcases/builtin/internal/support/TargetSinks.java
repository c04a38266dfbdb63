package org.meshbench.testcases.builtin.internal.support;

import java.util.List;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkSelection;
import org.meshbench.testcases.TestContext;

/** The sinks a test may use: those of the target network on allowed, online gateways. */
public final class TargetSinks {

    private TargetSinks() {
    }

    /**
     * @param context the test's context
     * @return the sinks, sorted by gateway and sink id; may be empty
     */
    public static List<Sink> of(TestContext context) {
        SinkSelection selection = context.target().selection();
        return context.network().sinks().stream().filter(selection::includes).sorted(
                (a, b) -> a.ref().compareTo(b.ref())).toList();
    }

    /**
     * @param context the test's context
     * @return the sinks, never empty
     * @throws org.meshbench.testcases.TestFailedException if the network has no online sink
     */
    public static List<Sink> required(TestContext context) {
        List<Sink> sinks = of(context);
        context.checks().require(!sinks.isEmpty(), "no online sink serves " + context.target());
        return sinks;
    }
}
