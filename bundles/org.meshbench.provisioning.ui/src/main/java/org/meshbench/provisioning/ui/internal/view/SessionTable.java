package org.meshbench.provisioning.ui.internal.view;

import java.time.ZoneId;
import java.util.List;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.server.ProvisioningSession;
import org.meshbench.provisioning.ui.internal.model.SessionColumn;

/** The sessions, oldest first, one column per {@link SessionColumn}. UI thread only. */
final class SessionTable {

    private final TableViewer viewer;
    private List<ProvisioningSession> shown = List.of();
    private Whitelist whitelist = Whitelist.of(List.of());

    /** @param parent the composite to create the table in */
    SessionTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (SessionColumn column : SessionColumn.values()) {
            TableColumn widget = new TableColumn(table, SWT.LEFT);
            widget.setText(column.header());
            widget.setWidth(column.width());
            widget.setMoveable(true);
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new SessionLabelProvider(() -> whitelist, ZoneId.systemDefault()));
        viewer.setInput(shown);
    }

    Table control() {
        return viewer.getTable();
    }

    /** @return the sessions shown */
    List<ProvisioningSession> shown() {
        return shown;
    }

    /**
     * @param sessions the sessions to show; the same ones again change nothing
     * @param serverWhitelist the whitelist the server uses now, for the method column
     */
    void show(List<ProvisioningSession> sessions, Whitelist serverWhitelist) {
        if (!sessions.equals(shown) || serverWhitelist != whitelist) {
            shown = sessions;
            whitelist = serverWhitelist;
            viewer.setInput(sessions);
        }
    }
}
