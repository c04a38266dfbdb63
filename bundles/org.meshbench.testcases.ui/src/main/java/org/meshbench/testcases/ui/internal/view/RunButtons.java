package org.meshbench.testcases.ui.internal.view;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.meshbench.testcases.ui.internal.model.ControlState;

/** Run, Stop, Re-run failed and Export, with a hint saying what Run still needs. */
final class RunButtons {

    /** What the buttons do; called on the UI thread. */
    interface Actions {
        /** Runs the ticked test cases. */
        void run();

        /** Stops the run under way. */
        void stop();

        /** Runs the failed and erred tests of the last run again. */
        void rerunFailed();

        /** Asks where to write the last run's JUnit XML, and writes it. */
        void export();
    }

    private final Composite bar;
    private final Button run;
    private final Button stop;
    private final Button rerunFailed;
    private final Button export;
    private final Label hint;

    RunButtons(Composite parent, Actions actions) {
        bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
        run = button("Run", actions::run);
        stop = button("Stop", actions::stop);
        rerunFailed = button("Re-run failed", actions::rerunFailed);
        export = button("Export JUnit XML…", actions::export);
        hint = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(hint);
    }

    private Button button(String text, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    /** @return the bar, for the view's layout */
    Composite control() {
        return bar;
    }

    /** @param state which buttons work, and the hint */
    void apply(ControlState state) {
        run.setEnabled(state.run());
        stop.setEnabled(state.stop());
        rerunFailed.setEnabled(state.rerunFailed());
        export.setEnabled(state.export());
        hint.setText(state.hint());
    }

    Button runButton() {
        return run;
    }

    Button stopButton() {
        return stop;
    }

    Button rerunFailedButton() {
        return rerunFailed;
    }

    Button exportButton() {
        return export;
    }

    Label hintLabel() {
        return hint;
    }
}
