package org.meshbench.testcases.ui.internal.view;

import java.time.ZoneId;
import java.util.List;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.meshbench.testcases.ui.internal.model.ResultColumn;
import org.meshbench.testcases.ui.internal.model.ResultNode;
import org.meshbench.testcases.ui.internal.model.ResultRow;
import org.meshbench.testcases.ui.internal.model.ResultText;

/** The results tree of a run, and below it everything about the selected element. */
final class ResultsPane {

    private final SashForm pane;
    private final TreeViewer viewer;
    private final Text details;
    private final ResultText text = new ResultText(ZoneId.systemDefault());

    ResultsPane(Composite parent) {
        pane = new SashForm(parent, SWT.VERTICAL);
        viewer = new TreeViewer(pane, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        viewer.setUseHashlookup(true);
        viewer.setComparer(new NodeKeyComparer());
        viewer.getTree().setHeaderVisible(true);
        for (ResultColumn column : ResultColumn.values()) {
            TreeViewerColumn treeColumn = new TreeViewerColumn(viewer, SWT.LEFT);
            treeColumn.getColumn().setText(column.title());
            treeColumn.getColumn().setWidth(column.width());
            treeColumn.setLabelProvider(new ResultLabelProvider(text, column));
        }
        viewer.setContentProvider(new ResultContentProvider());
        ColumnViewerToolTipSupport.enableFor(viewer);
        details = new Text(pane, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
        details.setFont(JFaceResources.getTextFont());
        viewer.addSelectionChangedListener(event -> {
            Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
            details.setText(element instanceof ResultNode node ? text.details(node) : "");
        });
        pane.setWeights(3, 1);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(pane);
    }

    /** @return the pane, for the view's layout */
    Composite control() {
        return pane;
    }

    /** @param rows the planned tests of a new run, collapsed */
    void start(List<ResultRow> rows) {
        viewer.setInput(new ResultInput(rows));
        details.setText("");
    }

    /** @param rows the planned tests of the run shown, as they are now */
    void update(List<ResultRow> rows) {
        ((ResultInput) viewer.getInput()).update(rows);
        viewer.refresh();
        // the selected element's text may have grown, for example a running test's log
        Object selected = viewer.getStructuredSelection().getFirstElement();
        String shown = selected instanceof ResultNode node ? text.details(node) : "";
        if (!shown.equals(details.getText())) {
            details.setText(shown);
        }
    }

    TreeViewer viewer() {
        return viewer;
    }

    Text detailsField() {
        return details;
    }
}
