package org.meshbench.testcases.internal.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.meshbench.testcases.DurationText;
import org.meshbench.testcases.TestCaseCreationException;
import org.meshbench.testcases.TestFailedException;
import org.meshbench.testcases.TestSkippedException;
import org.meshbench.testcases.TestStatus;

/**
 * Judges an {@link Outcome}: status, one-line message and detail.
 *
 * @param status the status
 * @param message why it did not pass; empty when it passed
 * @param detail failed checks or a stack trace; may be empty
 */
record Verdict(TestStatus status, String message, String detail) {

    static Verdict of(Outcome outcome, List<String> softFailures) {
        return switch (outcome) {
            case Outcome.Returned returned -> softFailures.isEmpty() ? new Verdict(TestStatus.PASSED, "", "")
                    : new Verdict(TestStatus.FAILED, summary(softFailures), String.join("\n", softFailures));
            case Outcome.Threw threw -> thrown(threw.thrown(), softFailures);
            case Outcome.TimedOut timedOut -> new Verdict(TestStatus.ERROR, "timed out after "
                    + DurationText.format(timedOut.timeout()) + abandonedNote(timedOut.abandoned()),
                    "thread stack when the timeout struck:\n" + stack(timedOut.stack()));
            case Outcome.Cancelled cancelled -> new Verdict(TestStatus.SKIPPED,
                    "cancelled while running" + abandonedNote(cancelled.abandoned()), "");
        };
    }

    private static Verdict thrown(Throwable thrown, List<String> softFailures) {
        String earlier = softFailures.isEmpty() ? "" : "earlier failed checks:\n" + String.join("\n", softFailures)
                + "\n\n";
        return switch (thrown) {
            case TestFailedException failed -> new Verdict(TestStatus.FAILED, failed.getMessage(),
                    earlier + trace(failed));
            case TestSkippedException skipped -> new Verdict(TestStatus.SKIPPED, skipped.getMessage(), "");
            case TestCaseCreationException creation -> new Verdict(TestStatus.ERROR, creation.getMessage(),
                    trace(creation));
            default -> new Verdict(TestStatus.ERROR, "unexpected " + thrown, earlier + trace(thrown));
        };
    }

    private static String summary(List<String> failures) {
        return failures.size() == 1 ? failures.get(0)
                : failures.size() + " checks failed, the first: " + failures.get(0);
    }

    private static String abandonedNote(boolean abandoned) {
        return abandoned ? "; its thread ignored the interruption and was abandoned" : "";
    }

    private static String trace(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString().strip();
    }

    private static String stack(StackTraceElement[] stack) {
        StringBuilder text = new StringBuilder();
        for (StackTraceElement element : stack) {
            text.append("\tat ").append(element).append('\n');
        }
        return text.toString().stripTrailing();
    }
}
