package org.meshbench.ui.internal.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeItem;

/** The tree of networks, gateways and sinks in three columns: name, state, summary. */
final class NetworkTree {

    private final ShownSnapshot shown = new ShownSnapshot();
    private final Set<String> expandedOnce = new HashSet<>();
    private final TreeViewer viewer;

    NetworkTree(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        holder.setLayout(layout);
        viewer = new TreeViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.setComparer(new RowKeyComparer());
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new NetworkContentProvider());
        column(layout, "Network / gateway / sink", 34, NetworkLabels::name, false);
        column(layout, "State", 11, NetworkLabels::state, true);
        column(layout, "Summary", 55, NetworkLabels::summary, false);
        viewer.setInput(shown);
        // Summaries are often wider than their column: the tooltip shows them whole.
        ColumnViewerToolTipSupport.enableFor(viewer);
    }

    private void column(TreeColumnLayout layout, String title, int weight, Function<TreeRow, String> text,
            boolean colourState) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(new RowLabelProvider(text, colourState));
    }

    /** @param snapshot what to show now; expansion and selection are kept */
    void show(NetworkSnapshot snapshot) {
        // A refresh that inserts a row above an open one re-creates the rows below it closed: reopen them.
        Object[] expanded = viewer.getExpandedElements();
        shown.set(snapshot);
        viewer.refresh(true);
        viewer.setExpandedElements(expanded);
        expandNewRows();
    }

    /**
     * Opens networks and gateways when they appear; rows the user closed stay closed while they are shown. A row
     * that goes away (after a reconnect, say) opens again when it comes back.
     */
    private void expandNewRows() {
        List<TreeRow> parents = new ArrayList<>();
        for (NetworkRow network : shown.get().networks()) {
            parents.add(network);
            parents.addAll(network.gateways());
        }
        expandedOnce.retainAll(parents.stream().map(TreeRow::key).toList());
        parents.forEach(this::expandOnce);
    }

    /** A row counts as opened once the viewer says so; until then, the next refresh tries again. */
    private void expandOnce(TreeRow row) {
        if (!expandedOnce.contains(row.key())) {
            viewer.setExpandedState(row, true);
            if (viewer.getExpandedState(row)) {
                expandedOnce.add(row.key());
            }
        }
    }

    NetworkSnapshot shown() {
        return shown.get();
    }

    Optional<TreeRow> selected() {
        return viewer.getStructuredSelection().getFirstElement() instanceof TreeRow row ? Optional.of(row)
                : Optional.empty();
    }

    /** @return the rows the tree draws now, depth first; collapsed rows' children are left out */
    List<DisplayedRow> displayedRows() {
        List<DisplayedRow> rows = new ArrayList<>();
        collect(viewer.getTree().getItems(), 0, rows);
        return rows;
    }

    private static void collect(TreeItem[] items, int depth, List<DisplayedRow> rows) {
        for (TreeItem item : items) {
            if (item.getData() != null) { // items not yet filled in by the viewer have no data
                rows.add(new DisplayedRow(depth, item.getText(0), item.getText(1), item.getText(2)));
                if (item.getExpanded()) {
                    collect(item.getItems(), depth + 1, rows);
                }
            }
        }
    }

    TreeViewer viewer() {
        return viewer;
    }
}
