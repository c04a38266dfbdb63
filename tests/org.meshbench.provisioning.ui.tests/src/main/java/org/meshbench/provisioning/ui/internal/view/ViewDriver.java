package org.meshbench.provisioning.ui.internal.view;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.meshbench.testing.ui.Dialogs;
import org.meshbench.testing.ui.Screenshots;
import org.meshbench.testing.ui.UiWait;

/** Drives the Provisioning view the way a user does, on the UI thread, through its real widgets. */
final class ViewDriver {

    /** Nodes repeat START every 5 s; this bounds every wait for sessions. */
    private static final Duration WAIT = Duration.ofSeconds(30);

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
        Dialogs.answer(WhitelistDialog.class, dialog -> {
            dialog.text().setText(text);
            try {
                Screenshots.save(dialog.getShell(), screenshot);
            } catch (Exception e) {
                throw new AssertionError("screenshot failed", e);
            } finally {
                Dialogs.press(dialog.getShell(), "Save");
            }
        });
        view.actions().edit().run(); // returns when the dialog is closed
        UiWait.processEvents();
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
