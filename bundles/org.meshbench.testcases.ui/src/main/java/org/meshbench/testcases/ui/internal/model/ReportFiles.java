package org.meshbench.testcases.ui.internal.model;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.meshbench.testcases.run.RunReport;

/** Names the JUnit XML file a run is exported to; stateless. */
public final class ReportFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ReportFiles() {
    }

    /**
     * @param report a run
     * @return a file name that sorts by start time, e.g. {@code meshbench-tests-20260509-101502.xml}
     */
    public static String defaultName(RunReport report) {
        return "meshbench-tests-" + STAMP.format(report.startedAt()) + ".xml";
    }
}
