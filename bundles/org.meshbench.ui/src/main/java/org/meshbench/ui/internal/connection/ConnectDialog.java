package org.meshbench.ui.internal.connection;

import java.util.Optional;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.meshbench.transport.mqtt.MqttOptions;

/**
 * Asks for a broker and connects to it. It stays open while connecting and shows a failed attempt's typed error,
 * so that the user can fix the field at fault; it closes once connected. Once the broker accepted them, the
 * settings go to the preferences and the password to the secure storage.
 */
public final class ConnectDialog extends TitleAreaDialog {

    private final BrokerConnection connection;
    private BrokerForm form;

    /**
     * @param parent     the parent shell
     * @param connection the workbench's connection
     */
    public ConnectDialog(Shell parent, BrokerConnection connection) {
        super(parent);
        this.connection = connection;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Connect");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Connect to an MQTT broker");
        setMessage("The network view shows the gateways that publish their status on this broker.");
        form = new BrokerForm(area);
        ConnectionSettings settings = ConnectionPreferences.load();
        form.show(settings);
        if (settings.savePassword() && !settings.username().isEmpty()) {
            showSavedPassword(settings);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Connect", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        ConnectionSettings settings = form.read();
        char[] password = form.password();
        MqttOptions options;
        try {
            options = OptionsMapping.toOptions(settings, password);
        } catch (IllegalArgumentException e) {
            SavedPasswords.wipe(password);
            setErrorMessage(e.getMessage());
            return;
        }
        setErrorMessage(null);
        setMessage("Connecting to " + options.broker() + " …");
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        Display display = getShell().getDisplay();
        // Kept only once the broker accepted them, so that a mistyped password never replaces a good saved one.
        connection.connect(options).whenComplete((connected, failure) -> display.asyncExec(() -> {
            try {
                finishConnect(failure, settings, password);
            } finally {
                SavedPasswords.wipe(password);
            }
        }));
    }

    private void finishConnect(Throwable failure, ConnectionSettings settings, char[] password) {
        if (failure == null) {
            Optional<String> notSaved = SettingsKeeper.keep(settings, password);
            notSaved.ifPresent(why -> MessageDialog.openWarning(getParentShell(), "Connect", "Connected, but " + why));
        }
        Shell shell = getShell();
        if (shell == null || shell.isDisposed()) {
            return;
        }
        if (failure == null) {
            close();
            return;
        }
        setErrorMessage(ConnectionErrorText.describe(failure));
        getButton(IDialogConstants.OK_ID).setEnabled(true);
    }

    private void showSavedPassword(ConnectionSettings settings) {
        try {
            SavedPasswords.platform().find(settings.brokerUrl(), settings.username()).ifPresent(saved -> {
                form.setPassword(saved);
                SavedPasswords.wipe(saved);
            });
        } catch (StorageException e) {
            setMessage("The saved password could not be read: " + e.getMessage(), IMessageProvider.WARNING);
        }
    }

    BrokerForm form() {
        return form;
    }

    Button connectButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    /** @return the error shown in the title area, or null */
    String shownError() {
        return getErrorMessage();
    }
}
