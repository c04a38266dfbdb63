package org.meshbench.testcases.internal.run;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.meshbench.testcases.TestCancelledException;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestContext;

/**
 * Runs one test on a thread of its own and waits for it, for the cancellation signal or for the
 * timeout, whichever comes first. Java cannot kill a thread: a test that ignores interruption keeps
 * its (daemon) thread, which is abandoned after the grace period so that the run goes on.
 */
final class TestThread {

    private final Duration stopGrace;

    TestThread(Duration stopGrace) {
        this.stopGrace = stopGrace;
    }

    Outcome run(String name, Callable<TestCase> factory, RunContext context, Duration timeout,
            CompletableFuture<Void> cancelled) throws InterruptedException {
        CompletableFuture<Outcome> finished = new CompletableFuture<>();
        Thread worker = Thread.ofPlatform().daemon().name("meshbench-test-" + name).unstarted(() -> {
            try {
                factory.call().run(context);
                finished.complete(new Outcome.Returned());
            } catch (Throwable thrown) { // also errors: a plug-in's LinkageError must not end the run
                finished.complete(new Outcome.Threw(thrown));
            }
        });
        worker.start();
        try {
            CompletableFuture.anyOf(finished, cancelled).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            StackTraceElement[] stack = worker.getStackTrace();
            context.stop("the test timed out");
            return new Outcome.TimedOut(timeout, stack, !stop(worker, finished));
        } catch (ExecutionException e) {
            throw new IllegalStateException("neither future completes exceptionally", e);
        } catch (InterruptedException e) {
            context.stop("the runner was interrupted");
            stop(worker, finished);
            throw e;
        }
        if (finished.isDone()) {
            return judged(finished.join(), context, timeout, cancelled);
        }
        context.stop("the run was cancelled");
        return new Outcome.Cancelled(!stop(worker, finished));
    }

    /** A test that ended by {@link TestContext#checkCancelled()} was stopped, whoever noticed first. */
    private static Outcome judged(Outcome outcome, RunContext context, Duration timeout,
            CompletableFuture<Void> cancelled) {
        if (outcome instanceof Outcome.Threw threw && threw.thrown() instanceof TestCancelledException
                && context.isCancelled()) {
            return cancelled.isDone() ? new Outcome.Cancelled(false)
                    : new Outcome.TimedOut(timeout, threw.thrown().getStackTrace(), false);
        }
        return outcome;
    }

    /** @return whether the worker ended within the grace period */
    private boolean stop(Thread worker, CompletableFuture<Outcome> finished) {
        worker.interrupt();
        try {
            finished.get(stopGrace.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
