package org.meshbench.decoders.ui.internal.view;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.meshbench.decoders.ui.internal.model.PacketColumns;
import org.meshbench.decoders.ui.internal.model.PacketRow;
import org.meshbench.decoders.ui.internal.model.RowIndex;

/**
 * The live packet table. It is virtual: SWT asks for the texts of the rows on screen only, so ten
 * thousand rows cost no more to refresh than a screenful. New rows come at the bottom; the table
 * follows them while its last row is in sight and nothing is selected, and otherwise keeps the
 * selected row where it is. UI thread only.
 */
final class PacketTable {

    private final Table table;
    private final List<PacketColumns.Column> columns;
    private List<PacketRow> rows = List.of();

    /**
     * @param parent the composite to create the table in
     * @param zone the time zone of the rx time column
     */
    PacketTable(Composite parent, ZoneId zone) {
        table = new Table(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        columns = PacketColumns.of(zone);
        for (PacketColumns.Column column : columns) {
            TableColumn widget = new TableColumn(table, SWT.LEFT);
            widget.setText(column.header());
            widget.setWidth(column.width());
            widget.setMoveable(true);
        }
        table.addListener(SWT.SetData, event -> fill((TableItem) event.item, event.index));
    }

    Table control() {
        return table;
    }

    /** @return the rows shown, oldest first */
    List<PacketRow> rows() {
        return rows;
    }

    /** @return the selected row, if any */
    Optional<PacketRow> selected() {
        int index = table.getSelectionIndex();
        return index >= 0 && index < rows.size() ? Optional.of(rows.get(index)) : Optional.empty();
    }

    /**
     * Shows other rows, keeping the selection on the row with the same number.
     *
     * @param shown the rows to show, in ascending number order
     */
    void show(List<PacketRow> shown) {
        Optional<PacketRow> selected = selected();
        int oldIndex = table.getSelectionIndex();
        int oldTop = table.getTopIndex();
        boolean atEnd = oldTop + visibleRows() >= rows.size() - 1;
        rows = shown;
        table.setItemCount(rows.size());
        table.clearAll();
        int newIndex = selected.map(row -> RowIndex.of(rows, row.number())).orElse(-1);
        if (newIndex >= 0) {
            table.select(newIndex);
            table.setTopIndex(Math.max(0, oldTop - (oldIndex - newIndex)));
        } else {
            table.deselectAll();
            if (atEnd) {
                table.setTopIndex(Math.max(0, rows.size() - visibleRows()));
            }
        }
    }

    private int visibleRows() {
        return Math.max(1, (table.getClientArea().height - table.getHeaderHeight()) / table.getItemHeight());
    }

    private void fill(TableItem item, int index) {
        if (index >= rows.size()) {
            return; // SWT may still ask for an item of a longer list it has not given up yet
        }
        PacketRow row = rows.get(index);
        String[] texts = new String[columns.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = columns.get(i).text().apply(row);
        }
        item.setText(texts);
        if (row.failed()) {
            item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
    }
}
