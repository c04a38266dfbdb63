package org.meshbench.testcases.ui.internal.view;

import java.util.List;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.meshbench.testcases.TestTarget;
import org.meshbench.testcases.ui.internal.model.TargetInput;

/** The network to test, picked from those the connection sees or typed, and an optional gateway allow-list. */
final class TargetBar {

    private final Composite bar;
    private final Combo network;
    private final Text gateways;

    /**
     * @param parent the view
     * @param changed told when either field changes
     */
    TargetBar(Composite parent, Runnable changed) {
        bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
        new Label(bar, SWT.NONE).setText("Network:");
        network = new Combo(bar, SWT.DROP_DOWN);
        network.setToolTipText("Network address, decimal or 0x hex; the list holds the networks the connection sees");
        GridDataFactory.swtDefaults().hint(140, SWT.DEFAULT).applyTo(network);
        new Label(bar, SWT.NONE).setText("Only gateways:");
        gateways = new Text(bar, SWT.BORDER | SWT.SINGLE);
        gateways.setMessage("all gateways (or ids, comma-separated)");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(gateways);
        network.addListener(SWT.Modify, event -> changed.run());
        gateways.addListener(SWT.Modify, event -> changed.run());
    }

    /** @return the bar, for the view's layout */
    Composite control() {
        return bar;
    }

    /**
     * Offers the networks the connection sees; what the user typed stays, and an empty field takes
     * the first network.
     *
     * @param addresses network addresses, sorted
     */
    void offer(List<Long> addresses) {
        String[] items = addresses.stream().map(String::valueOf).toArray(String[]::new);
        if (List.of(items).equals(List.of(network.getItems()))) {
            return;
        }
        String typed = network.getText();
        network.setItems(items);
        network.setText(typed.isBlank() && items.length > 0 ? items[0] : typed);
    }

    /**
     * @return the target the fields describe
     * @throws IllegalArgumentException saying what to type instead
     */
    TestTarget target() {
        return TargetInput.parse(network.getText(), gateways.getText());
    }

    Combo networkField() {
        return network;
    }

    Text gatewaysField() {
        return gateways;
    }
}
