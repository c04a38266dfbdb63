package org.meshbench.provisioning.ui.internal.view;

import java.time.ZoneId;
import java.util.function.Supplier;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.server.ProvisioningSession;
import org.meshbench.provisioning.ui.internal.model.SessionColumn;

/** Texts of the session table's cells, one {@link SessionColumn} per column index. */
final class SessionLabelProvider extends LabelProvider implements ITableLabelProvider {

    private final Supplier<Whitelist> whitelist;
    private final ZoneId zone;

    /**
     * @param whitelist the whitelist the server uses now, for the method column
     * @param zone the time zone of the start time
     */
    SessionLabelProvider(Supplier<Whitelist> whitelist, ZoneId zone) {
        this.whitelist = whitelist;
        this.zone = zone;
    }

    @Override
    public String getColumnText(Object element, int columnIndex) {
        return SessionColumn.values()[columnIndex].text((ProvisioningSession) element, whitelist.get(), zone);
    }

    @Override
    public Image getColumnImage(Object element, int columnIndex) {
        return null;
    }
}
