package org.meshbench.provisioning.ui.internal.view;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.meshbench.testing.ui.Screenshots;
import org.meshbench.testing.ui.UiWait;

/** Drives the Provisioning view the way a user does, on the UI thread, through its real widgets. */
final class ViewDriver {

    /** Nodes repeat START every 5 s; this bounds every wait for sessions. */
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int DIALOG_POLL_MS = 50;

    private final ProvisioningView view;

    private ViewDriver(ProvisioningView view) {
        this.view = view;
    }

    /** @return a driver of a newly opened view */
    static ViewDriver openFresh() throws PartInitException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart open = page.findView(ProvisioningView.ID);
        if (open != null) {
            page.hideView(open);
        }
        return new ViewDriver((ProvisioningView) page.showView(ProvisioningView.ID));
    }

    ProvisioningView view() {
        return view;
    }

    String status() {
        return view.statusLabel().getText();
    }

    String problem() {
        return view.problemLabel().getText();
    }

    /** @return the cell texts of every table row, top to bottom */
    List<List<String>> rows() {
        Table table = view.table().control();
        return Arrays.stream(table.getItems()).map(item -> IntStream.range(0, table.getColumnCount())
                .mapToObj(item::getText).toList()).toList();
    }

    void waitUntil(String what, BooleanSupplier condition) {
        UiWait.until(condition, WAIT, () -> what + "; the view says: " + status() + " / " + problem() + " / "
                + rows());
    }

    /**
     * Runs Edit Whitelist…, replaces the text in the dialog, takes a screenshot of it and saves.
     *
     * @param text the new whitelist text
     * @param screenshot the screenshot's file name
     */
    void editWhitelist(String text, String screenshot) {
        Display display = Display.getCurrent();
        Runnable answer = new Runnable() {
            @Override
            public void run() {
                Optional<WhitelistDialog> dialog = Arrays.stream(display.getShells()).map(Shell::getData)
                        .filter(WhitelistDialog.class::isInstance).map(WhitelistDialog.class::cast).findFirst();
                if (dialog.isEmpty()) {
                    display.timerExec(DIALOG_POLL_MS, this);
                    return;
                }
                dialog.get().text().setText(text);
                try {
                    Screenshots.save(dialog.get().getShell(), screenshot);
                } catch (Exception e) {
                    throw new AssertionError("screenshot failed", e);
                } finally {
                    button(dialog.get().getShell(), "Save").orElseThrow(() -> new AssertionError("no Save button"))
                            .notifyListeners(SWT.Selection, new Event());
                }
            }
        };
        display.timerExec(DIALOG_POLL_MS, answer);
        view.actions().edit().run(); // returns when the dialog is closed
        UiWait.processEvents();
    }

    private static Optional<Button> button(Composite parent, String text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && text.equals(button.getText())) {
                return Optional.of(button);
            }
            if (child instanceof Composite composite) {
                Optional<Button> found = button(composite, text);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Takes a screenshot with the view maximized, as after a double-click on its tab, then restores it. */
    void screenshotMaximized(String fileName) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IWorkbenchPartReference reference = page.getReference(view);
        page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        try {
            Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), fileName);
        } finally {
            page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
            UiWait.processEvents();
        }
    }
}
