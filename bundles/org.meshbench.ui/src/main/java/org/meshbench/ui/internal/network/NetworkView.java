package org.meshbench.ui.internal.network;

import java.util.List;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.meshbench.network.DataFilter;
import org.meshbench.ui.internal.connection.BrokerConnection;
import org.meshbench.ui.internal.connection.Registration;
import org.meshbench.ui.services.ClientListeners;
import org.meshbench.ui.services.RefreshThrottle;

/**
 * The networks behind the workbench's broker: networks, their gateways (online or offline) and the gateways' sinks,
 * with the selected row's details below. Model events (a new client, a connection state change, a gateway or sink
 * change, received data for the node counts) only ask for a refresh; refreshes run on the UI thread at most every
 * {@value #REFRESH_INTERVAL_MILLIS} ms and read a fresh snapshot of the model.
 */
public final class NetworkView extends ViewPart {

    /** View id, as in plugin.xml. */
    public static final String ID = "org.meshbench.ui.network";
    static final long REFRESH_INTERVAL_MILLIS = 250;

    private BrokerConnection connection;
    private Label header;
    private NetworkTree tree;
    private DetailsTable details;
    private ClientListeners modelListeners;
    private Registration connectionChanges;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        tree = new NetworkTree(sash);
        details = new DetailsTable(sash);
        sash.setWeights(65, 35);
        tree.viewer().addSelectionChangedListener(event -> showDetails());
        connection = getSite().getService(BrokerConnection.class);
        RefreshThrottle throttle = RefreshThrottle.onUiThread(parent, REFRESH_INTERVAL_MILLIS, this::refresh);
        modelListeners = new ClientListeners(client -> List.of(
                client.addConfigChangeListener(change -> throttle.request()),
                client.addDataListener(DataFilter.ALL, packet -> throttle.request())));
        Runnable connectionChanged = () -> {
            modelListeners.follow(connection.client());
            throttle.request();
        };
        connectionChanges = connection.addChangeListener(connectionChanged);
        connectionChanged.run();
    }

    /** Shows a fresh snapshot of the model; runs on the UI thread. */
    private void refresh() {
        if (header.isDisposed()) {
            return;
        }
        tree.show(NetworkSnapshot.of(connection.client()));
        header.setText(NetworkHeader.describe(connection.status(), tree.shown()));
        header.setForeground(connection.status().error().isPresent()
                ? header.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        header.getParent().layout(true);
        showDetails();
    }

    private void showDetails() {
        details.show(tree.selected().map(RowDetails::of).orElse(List.of()));
    }

    /** @return the rows the tree draws now, depth first; collapsed rows' children are left out */
    public List<DisplayedRow> displayedRows() {
        return tree.displayedRows();
    }

    /** @return the line above the tree */
    public String headerText() {
        return header.getText();
    }

    NetworkTree tree() {
        return tree;
    }

    DetailsTable detailsTable() {
        return details;
    }

    @Override
    public void setFocus() {
        tree.viewer().getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (connectionChanges != null) {
            connectionChanges.close();
            modelListeners.close();
        }
        super.dispose();
    }
}
