package org.meshbench.provisioning.ui.internal.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.meshbench.network.NetworkClient;
import org.meshbench.provisioning.WhitelistException;
import org.meshbench.provisioning.ui.internal.model.DropsText;
import org.meshbench.provisioning.ui.internal.model.ServerControl;
import org.meshbench.provisioning.ui.internal.model.StatusText;
import org.meshbench.provisioning.ui.internal.model.WhitelistFileMemory;
import org.meshbench.ui.services.RefreshThrottle;
import org.meshbench.ui.services.WorkbenchConnection;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The provisioning server on the workbench's connection: Start… with a whitelist file, Stop, the whitelist edited
 * and reloaded, and the sessions as they go. Session changes and drops ask for a redraw, at most every
 * {@value #REFRESH_MS} ms; without them nothing runs. A problem shows on the view's problem line and in the
 * workbench status line. The server belongs to the view: closing the view stops it.
 */
public final class ProvisioningView extends ViewPart {

    /** View id, as in plugin.xml. */
    public static final String ID = "org.meshbench.provisioning.ui.provisioning";
    /** Shortest time between two redraws. */
    static final int REFRESH_MS = 250;

    private final WhitelistFileMemory memory = new WhitelistFileMemory(InstanceScope.INSTANCE.getNode(
            FrameworkUtil.getBundle(ProvisioningView.class).getSymbolicName()));
    private ServerControl server;
    private WorkbenchConnection connection;

    private Label status;
    private Label drops;
    private Label problem;
    private SessionTable table;
    private ViewActions actions;

    @Override
    public void createPartControl(Composite parent) {
        RefreshThrottle redraw = RefreshThrottle.onUiThread(parent, REFRESH_MS, this::show);
        server = new ServerControl(redraw::request);
        connection = new WorkbenchConnection(FrameworkUtil.getBundle(ProvisioningView.class).getBundleContext(),
                client -> List.of(client.addConnectionListener(event -> redraw.request())), redraw::request);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(parent);
        status = line(parent);
        drops = line(parent);
        problem = line(parent);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        showProblemLine("");
        table = new SessionTable(parent);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
        actions = new ViewActions(this::chooseAndStart, this::stop, this::editWhitelist, this::reload);
        actions.contributeTo(getViewSite().getActionBars().getToolBarManager());
        connection.open();
        show();
    }

    private static Label line(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(label);
        return label;
    }

    /** Shows the server and the connection; stops the server when its connection went. UI thread. */
    private void show() {
        if (status.isDisposed()) {
            return;
        }
        Optional<NetworkClient> client = connection.client();
        if (server.follow(client)) {
            problem("The workbench connection closed, so the provisioning server stopped.");
        }
        ServerControl.State state = server.state();
        table.show(state.sessions(), state.whitelist());
        setText(status, StatusText.of(client.map(WorkbenchConnection::describe), state));
        setText(drops, DropsText.of(state.drops()));
        actions.update(client.isPresent(), state.running(), whitelistFile().isPresent());
    }

    private static void setText(Label label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
            label.getParent().layout(new Control[] {label}); // it may wrap differently
        }
    }

    private Optional<Path> whitelistFile() {
        return server.file().or(memory::file);
    }

    private void chooseAndStart() {
        FileDialog dialog = new FileDialog(status.getShell(), SWT.OPEN);
        dialog.setText("Whitelist of the provisioning server");
        dialog.setFilterExtensions(new String[] {"*.yml;*.yaml", "*"});
        whitelistFile().ifPresent(file -> {
            dialog.setFilterPath(String.valueOf(file.toAbsolutePath().getParent()));
            dialog.setFileName(file.getFileName().toString());
        });
        Optional.ofNullable(dialog.open()).map(Path::of).ifPresent(this::start);
    }

    /**
     * Starts the server on the workbench connection, as Start… does once the user chose the file.
     *
     * @param file the whitelist file
     */
    void start(Path file) {
        Optional<NetworkClient> client = connection.client();
        if (client.isEmpty()) {
            problem("Not connected: connect the workbench first (File > Connect…); "
                    + "the server runs on its connection.");
            return;
        }
        try {
            server.start(client.get(), file);
            problem("");
            memory.remember(file);
        } catch (WhitelistException e) {
            problem("The server did not start. Wrong whitelist: " + e.getMessage());
        } catch (BackingStoreException e) {
            problem("The whitelist file is not remembered for the next start: " + e.getMessage());
        }
        show();
    }

    private void stop() {
        server.stop();
        problem("");
        show();
    }

    private void editWhitelist() {
        Optional<Path> file = whitelistFile();
        if (file.isEmpty()) {
            problem("No whitelist file yet: choose one with Start….");
            return;
        }
        try {
            WhitelistDialog.of(status.getShell(), file.get()).open();
        } catch (IOException e) {
            problem("Cannot read the whitelist " + file.get() + ": " + e.getMessage());
        }
    }

    /** Gives the whitelist file to the running server again, as Reload Whitelist does. */
    void reload() {
        int before = server.state().whitelistSize();
        try {
            int nodes = server.reload().entries().size();
            problem("");
            getViewSite().getActionBars().getStatusLineManager().setMessage("Whitelist reloaded: " + nodes + " nodes");
        } catch (WhitelistException e) {
            problem("Reload failed; the server keeps its whitelist of " + before + " nodes. " + e.getMessage());
        }
        show();
    }

    /** @param text the problem to show, or empty once it is over */
    private void problem(String text) {
        showProblemLine(text);
        IStatusLineManager statusLine = getViewSite().getActionBars().getStatusLineManager();
        statusLine.setErrorMessage(text.isEmpty() ? null : text);
    }

    /** Hides the line while all is well, so that no empty line stands between the counts and the table. */
    private void showProblemLine(String text) {
        ((GridData) problem.getLayoutData()).exclude = text.isEmpty();
        problem.setVisible(!text.isEmpty());
        setText(problem, text);
        problem.getParent().layout(true);
    }

    @Override
    public void setFocus() {
        table.control().setFocus();
    }

    @Override
    public void dispose() {
        connection.close();
        server.close();
        super.dispose();
    }

    SessionTable table() {
        return table;
    }

    ServerControl server() {
        return server;
    }

    ViewActions actions() {
        return actions;
    }

    Label statusLabel() {
        return status;
    }

    Label dropsLabel() {
        return drops;
    }

    Label problemLabel() {
        return problem;
    }
}
