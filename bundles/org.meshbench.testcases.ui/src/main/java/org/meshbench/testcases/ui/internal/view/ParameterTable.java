package org.meshbench.testcases.ui.internal.view;

import java.util.List;
import java.util.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.ui.internal.model.ParameterRow;
import org.meshbench.testcases.ui.internal.model.TestSelection;

/** The parameters of the selected test case, with editable values and what is wrong with them. */
final class ParameterTable {

    private final Composite pane;
    private final Label title;
    private final TableViewer viewer;
    private final Label problem;
    private final TestSelection selection;
    private final Runnable edited;
    private Optional<TestCaseInfo> shown = Optional.empty();

    /**
     * @param parent where the table goes
     * @param selection holds the typed values; the table changes it when the user types
     * @param edited told after the user changed a value
     */
    ParameterTable(Composite parent, TestSelection selection, Runnable edited) {
        this.selection = selection;
        this.edited = edited;
        pane = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(pane);
        title = new Label(pane, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        viewer = new TableViewer(pane, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Parameter", 170, ParameterLabelProvider.Column.NAME);
        column("Value", 130, ParameterLabelProvider.Column.VALUE).setEditingSupport(
                new ParameterValueEditing(viewer, viewer.getTable(), this::edit));
        column("Type", 160, ParameterLabelProvider.Column.TYPE);
        ColumnViewerToolTipSupport.enableFor(viewer);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        problem = new Label(pane, SWT.WRAP);
        problem.setForeground(pane.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(problem);
        show(Optional.empty());
    }

    private TableViewerColumn column(String text, int width, ParameterLabelProvider.Column column) {
        TableViewerColumn tableColumn = new TableViewerColumn(viewer, SWT.LEFT);
        tableColumn.getColumn().setText(text);
        tableColumn.getColumn().setWidth(width);
        tableColumn.setLabelProvider(new ParameterLabelProvider(column));
        return tableColumn;
    }

    /** @return the pane, for the view's layout */
    Composite control() {
        return pane;
    }

    /** @param testCase the test case whose parameters to show, or none */
    void show(Optional<TestCaseInfo> testCase) {
        shown = testCase;
        title.setText(testCase.map(info -> "Parameters of " + info.name()).orElse("Select a test case to edit "
                + "its parameters"));
        viewer.setInput(testCase.map(selection::parameterRows).orElse(List.of()));
        problem.setText(testCase.flatMap(selection::problem).orElse(""));
        pane.layout(true, true);
    }

    private void edit(ParameterRow row, String text) {
        shown.ifPresent(info -> selection.edit(info.id(), row.descriptor().key(), text));
        show(shown);
        edited.run();
    }

    /** @return the test case shown, if any */
    Optional<TestCaseInfo> shown() {
        return shown;
    }

    TableViewer viewer() {
        return viewer;
    }

    Label problemLabel() {
        return problem;
    }
}
