package org.meshbench.ui.internal.connection;

import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.action.StatusLineLayoutData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;

/** The connection state in the window's status line; the full text, with the error, is in the tooltip. */
public final class ConnectionStatusItem extends ContributionItem {

    /** Wide enough for "Connected to ssl://a-long-broker-name.example.com:8883". */
    private static final int WIDTH_IN_CHARACTERS = 60;

    private final BrokerConnection connection;
    private Registration changes;

    /** @param connection the workbench's connection */
    public ConnectionStatusItem(BrokerConnection connection) {
        super("org.meshbench.ui.connectionStatus");
        this.connection = connection;
    }

    @Override
    public void fill(Composite parent) {
        CLabel label = new CLabel(parent, SWT.SHADOW_NONE);
        StatusLineLayoutData layout = new StatusLineLayoutData();
        label.setLayoutData(layout);
        GC gc = new GC(label);
        try {
            layout.widthHint = (int) (gc.getFontMetrics().getAverageCharacterWidth() * WIDTH_IN_CHARACTERS);
        } finally {
            gc.dispose();
        }
        show(label);
        changes = connection.addChangeListener(() -> label.getDisplay().asyncExec(() -> {
            if (!label.isDisposed()) {
                show(label);
            }
        }));
        label.addDisposeListener(event -> changes.close());
    }

    private void show(CLabel label) {
        String text = ConnectionStatusText.describe(connection.status());
        label.setText(text);
        label.setToolTipText(text);
    }
}
