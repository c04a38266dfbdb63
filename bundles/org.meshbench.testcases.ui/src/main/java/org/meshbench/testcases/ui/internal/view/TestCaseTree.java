package org.meshbench.testcases.ui.internal.view;

import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.CheckStateChangedEvent;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.ui.internal.model.TestCaseCategory;
import org.meshbench.testcases.ui.internal.model.TestSelection;

/** The installed test cases by category, with a tick for each one to run. */
final class TestCaseTree {

    private final CheckboxTreeViewer viewer;
    private final TestSelection selection;

    /**
     * @param parent where the tree goes
     * @param selection what is ticked; the tree changes it when the user ticks
     * @param ticked told after the user ticked or unticked
     * @param selected told which test case the user selected, to show its parameters
     */
    TestCaseTree(Composite parent, TestSelection selection, Runnable ticked, Consumer<TestCaseInfo> selected) {
        this.selection = selection;
        viewer = new CheckboxTreeViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        viewer.getTree().setHeaderVisible(true);
        column("Test case", 300, CatalogLabelProvider.Column.NAME);
        column("Timeout", 60, CatalogLabelProvider.Column.TIMEOUT);
        viewer.setContentProvider(new CatalogContentProvider());
        viewer.setCheckStateProvider(new CatalogCheckState(selection));
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addCheckStateListener(event -> {
            tick(event);
            ticked.run();
        });
        viewer.addSelectionChangedListener(event -> {
            Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (element instanceof TestCaseInfo info) {
                selected.accept(info);
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
    }

    private void column(String title, int width, CatalogLabelProvider.Column column) {
        TreeViewerColumn treeColumn = new TreeViewerColumn(viewer, SWT.LEFT);
        treeColumn.getColumn().setText(title);
        treeColumn.getColumn().setWidth(width);
        treeColumn.setLabelProvider(new CatalogLabelProvider(column));
    }

    private void tick(CheckStateChangedEvent event) {
        switch (event.getElement()) {
            case TestCaseCategory category -> category.testCases()
                    .forEach(info -> selection.setChosen(info.id(), event.getChecked()));
            case TestCaseInfo info -> selection.setChosen(info.id(), event.getChecked());
            default -> throw new IllegalStateException("unexpected element " + event.getElement());
        }
        viewer.refresh(); // categories show the new state of their test cases
    }

    /** Shows the installed test cases anew, all expanded; the ticks come from the selection. */
    void show(List<TestCaseInfo> testCases) {
        viewer.setInput(TestCaseCategory.of(testCases));
        viewer.expandAll();
    }

    CheckboxTreeViewer viewer() {
        return viewer;
    }
}
