package org.meshbench.testcases.internal.run;

import java.util.ArrayList;
import java.util.List;
import org.meshbench.testcases.TestChecks;
import org.meshbench.testcases.TestFailedException;
import org.meshbench.testcases.TestSkippedException;

/** Hard checks throw; soft check failures are logged and collected. Thread-safe. */
final class CheckRecorder implements TestChecks {

    private final LogBuffer log;
    private final List<String> softFailures = new ArrayList<>();

    CheckRecorder(LogBuffer log) {
        this.log = log;
    }

    @Override
    public void require(boolean condition, String message) {
        if (!condition) {
            throw fail(message);
        }
    }

    @Override
    public boolean expect(boolean condition, String message) {
        if (!condition) {
            synchronized (softFailures) {
                softFailures.add(message);
            }
            log.error("check failed: " + message);
        }
        return condition;
    }

    @Override
    public TestFailedException fail(String message) {
        throw new TestFailedException(message);
    }

    @Override
    public TestSkippedException skip(String reason) {
        throw new TestSkippedException(reason);
    }

    /** @return the messages of the soft checks that failed, in order */
    List<String> softFailures() {
        synchronized (softFailures) {
            return List.copyOf(softFailures);
        }
    }
}
