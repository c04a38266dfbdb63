package org.meshbench.network.internal.dispatch;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.NetworkProblem;
import org.meshbench.network.ProblemKind;
import org.meshbench.protocol.message.GatewayMessage;

/**
 * Counts problems, logs them and hands them to problem listeners. A problem listener that throws
 * is only logged, so that reporting cannot loop. Thread-safe.
 */
public final class ProblemReporter {
    private static final System.Logger LOG = System.getLogger(ProblemReporter.class.getName());

    private final Clock clock;
    private final ListenerSet<NetworkProblem> listeners;

    /**
     * @param clock the time source
     * @param pool runs the listeners
     * @param capacity queue capacity per listener
     * @param counters where drops are counted
     */
    public ProblemReporter(Clock clock, Executor pool, int capacity, Counters counters) {
        this.clock = clock;
        this.listeners = new ListenerSet<>(pool, capacity, counters.listenerDrops::increment,
                (listener, e) -> LOG.log(System.Logger.Level.ERROR, "problem listener " + listener + " failed", e));
    }

    /**
     * @param kind what went wrong
     * @param topic the topic concerned, or an empty string
     * @param detail the explanation
     * @param message the decoded message concerned, or null
     */
    public void report(ProblemKind kind, String topic, String detail, GatewayMessage message) {
        NetworkProblem problem = new NetworkProblem(kind, topic, detail, Optional.ofNullable(message), clock.instant());
        LOG.log(System.Logger.Level.DEBUG, problem::toString);
        listeners.publish(problem);
    }

    /**
     * @param listener failed listener
     * @param failure what it threw
     */
    public void listenerFailed(Object listener, Throwable failure) {
        LOG.log(System.Logger.Level.WARNING, "listener " + listener + " failed", failure);
        report(ProblemKind.LISTENER_FAILED, "", "listener " + listener + " threw " + failure, null);
    }

    /**
     * @param listener receives problems
     * @return its registration
     */
    public ListenerRegistration add(Consumer<NetworkProblem> listener) {
        return listeners.add(listener);
    }
}
