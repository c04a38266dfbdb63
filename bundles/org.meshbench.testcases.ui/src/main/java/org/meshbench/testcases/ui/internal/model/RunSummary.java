package org.meshbench.testcases.ui.internal.model;

import java.util.List;
import java.util.Locale;
import org.meshbench.testcases.TestStatus;
import org.meshbench.testcases.run.RunReport;

/** The one-line status under the results tree; stateless. */
public final class RunSummary {

    private RunSummary() {
    }

    /**
     * @param report a finished run
     * @return counts by status and the duration, e.g. {@code 8 tests: 7 passed, 1 failed, 0 errors,
     *         0 skipped in 12.345 s}
     */
    public static String finished(RunReport report) {
        long errors = report.count(TestStatus.ERROR);
        return report.results().size() + (report.results().size() == 1 ? " test: " : " tests: ")
                + report.count(TestStatus.PASSED) + " passed, " + report.count(TestStatus.FAILED) + " failed, "
                + errors + (errors == 1 ? " error, " : " errors, ") + report.count(TestStatus.SKIPPED)
                + " skipped in " + ResultText.seconds(report.duration()) + (report.cancelled() ? " (stopped)" : "");
    }

    /**
     * @param rows the planned tests of a run under way
     * @return which test runs, e.g. {@code Running 3 of 8: Remote API ping}
     */
    public static String progress(List<ResultRow> rows) {
        return rows.stream().filter(row -> row.state() == RowState.RUNNING).findFirst()
                .map(row -> String.format(Locale.ROOT, "Running %d of %d: %s", row.index() + 1, rows.size(),
                        row.name()))
                .orElse("Starting " + rows.size() + (rows.size() == 1 ? " test…" : " tests…"));
    }
}
