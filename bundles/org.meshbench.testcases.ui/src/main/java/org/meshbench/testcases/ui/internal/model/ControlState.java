package org.meshbench.testcases.ui.internal.model;

import java.util.List;
import java.util.Optional;
import org.meshbench.testcases.run.RunReport;

/**
 * Which run controls are enabled, and why Run is not. Immutable.
 *
 * @param run whether a run can start
 * @param stop whether a run can be stopped
 * @param rerunFailed whether the failed and erred tests of the last run can run again
 * @param export whether there is a report to export
 * @param hint what to do before Run works; empty when it works or a run is under way
 */
public record ControlState(boolean run, boolean stop, boolean rerunFailed, boolean export, String hint) {

    /**
     * @param connected whether a connected network client is at hand
     * @param running whether a run is under way
     * @param chosen how many test cases are ticked
     * @param problems what is wrong with the target and the parameter values
     * @param last the report of the last run, if any
     * @return the state of the controls
     */
    public static ControlState of(boolean connected, boolean running, int chosen, List<String> problems,
            Optional<RunReport> last) {
        if (running) {
            return new ControlState(false, true, false, false, "");
        }
        boolean rerun = connected && last.filter(report -> !report.problems().isEmpty()).isPresent();
        String hint = !connected ? "Connect the workbench to a broker (File > Connect…) to run tests"
                : chosen == 0 ? "Tick the test cases to run"
                : problems.isEmpty() ? "" : problems.get(0);
        return new ControlState(hint.isEmpty(), false, rerun, last.isPresent(), hint);
    }
}
