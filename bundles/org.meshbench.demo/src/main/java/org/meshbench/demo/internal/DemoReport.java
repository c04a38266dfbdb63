package org.meshbench.demo.internal;

import java.util.List;
import java.util.Optional;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.meshbench.ui.internal.network.DisplayedRow;
import org.meshbench.ui.internal.network.NetworkView;

/**
 * Says on the console once the Network view draws the simulated gateways online with their sinks, or what it
 * draws instead after {@value #ATTEMPTS} checks: the line a user or a smoke test can wait for. Runs on the UI
 * thread.
 */
final class DemoReport implements Runnable {

    private static final int PERIOD_MILLIS = 500;
    private static final int ATTEMPTS = 120;

    private final Display display;
    private final IWorkbenchPage page;
    private final List<String> gatewayIds;
    private final int sinksPerGateway;
    private int attempts;

    DemoReport(Display display, IWorkbenchPage page, List<String> gatewayIds, int sinksPerGateway) {
        this.display = display;
        this.page = page;
        this.gatewayIds = List.copyOf(gatewayIds);
        this.sinksPerGateway = sinksPerGateway;
    }

    /** Checks now and every {@value #PERIOD_MILLIS} ms until the gateways are shown. */
    void start() {
        run();
    }

    @Override
    public void run() {
        List<DisplayedRow> rows = displayedRows();
        Optional<String> shown = DemoCheck.showsOnline(rows, gatewayIds, sinksPerGateway);
        if (shown.isPresent()) {
            System.out.println("meshbench demo: the Network view shows " + shown.get());
        } else if (++attempts >= ATTEMPTS) {
            System.err.println("meshbench demo: after " + ATTEMPTS * PERIOD_MILLIS / 1000
                    + " s the Network view does not show every simulated gateway online; it shows " + rows);
        } else {
            display.timerExec(PERIOD_MILLIS, this);
        }
    }

    private List<DisplayedRow> displayedRows() {
        IViewPart view = page.findView(NetworkView.ID);
        return view instanceof NetworkView network ? network.displayedRows() : List.of();
    }
}
