package org.meshbench.testcases.ui.internal.view;

import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.meshbench.testcases.ui.internal.connection.ClientChoice;

/**
 * The connection the view uses, and the view's own broker field, shown only while the workbench
 * offers no connection of its own.
 */
final class ConnectionBar {

    /** The embedded broker's usual address, as {@code meshbench broker} prints it. */
    static final String DEFAULT_BROKER = "tcp://127.0.0.1:1883";

    private final Composite bar;
    private final Label status;
    private final Label brokerLabel;
    private final Text broker;
    private final Button connect;

    /**
     * @param parent the view
     * @param onConnect told the broker URL when Connect is pressed
     */
    ConnectionBar(Composite parent, Consumer<String> onConnect) {
        bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
        // a row of its own, so that a long broker URL or error stays readable in a narrow view
        status = new Label(bar, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(100, SWT.DEFAULT).applyTo(status);
        brokerLabel = new Label(bar, SWT.NONE);
        brokerLabel.setText("Broker:");
        GridDataFactory.swtDefaults().applyTo(brokerLabel);
        broker = new Text(bar, SWT.BORDER | SWT.SINGLE);
        broker.setText(DEFAULT_BROKER);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(broker);
        connect = new Button(bar, SWT.PUSH);
        connect.setText("Connect");
        GridDataFactory.swtDefaults().applyTo(connect);
        connect.addListener(SWT.Selection, event -> onConnect.accept(broker.getText()));
        broker.addListener(SWT.DefaultSelection, event -> onConnect.accept(broker.getText()));
    }

    /** @return the bar, for the view's layout */
    Composite control() {
        return bar;
    }

    /**
     * @param choice the connection in use
     * @param ownError why the view's own connection failed; empty if it did not
     * @param canConnect whether the view can open a connection of its own
     */
    void show(ClientChoice choice, String ownError, boolean canConnect) {
        status.setText(choice.describe() + (ownError.isEmpty() || choice.shared() ? "" : " (" + ownError + ")"));
        boolean fallback = !choice.shared();
        for (Control control : List.of(brokerLabel, broker, connect)) {
            control.setVisible(fallback);
            ((GridData) control.getLayoutData()).exclude = !fallback;
        }
        connect.setEnabled(canConnect);
        bar.layout(true, true);
    }

    Label statusLabel() {
        return status;
    }

    Text brokerField() {
        return broker;
    }

    Button connectButton() {
        return connect;
    }
}
