package org.meshbench.ui.internal.network;

import java.util.function.Function;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.meshbench.network.GatewayState;

/** One column of the network tree; offline gateways in red, their sinks greyed out, online gateways in green. */
final class RowLabelProvider extends ColumnLabelProvider {

    private final Function<TreeRow, String> text;
    private final boolean colourState;

    /**
     * @param text        the column's text of a row
     * @param colourState whether this column shows the state in colour
     */
    RowLabelProvider(Function<TreeRow, String> text, boolean colourState) {
        this.text = text;
        this.colourState = colourState;
    }

    @Override
    public String getText(Object element) {
        return text.apply((TreeRow) element);
    }

    @Override
    public String getToolTipText(Object element) {
        return getText(element);
    }

    @Override
    public Color getForeground(Object element) {
        Display display = Display.getCurrent();
        return switch (element) {
            case GatewayRow gateway when colourState -> display.getSystemColor(
                    gateway.gateway().state() == GatewayState.ONLINE ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED);
            case SinkRow sink when !sink.gatewayOnline() -> display.getSystemColor(SWT.COLOR_DARK_GRAY);
            default -> null;
        };
    }
}
