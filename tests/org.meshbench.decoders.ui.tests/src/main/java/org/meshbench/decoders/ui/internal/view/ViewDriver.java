package org.meshbench.decoders.ui.internal.view;


import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ListDialog;
import org.meshbench.decoders.ui.internal.model.DecodeAsChoices;
import org.meshbench.decoders.ui.internal.model.PacketRow;
import org.meshbench.testing.ui.Dialogs;
import org.meshbench.testing.ui.Screenshots;
import org.meshbench.testing.ui.UiWait;

/** Drives the Packets view the way a user does, on the UI thread, through its real widgets. */
final class ViewDriver {

    /** Packets flow at 40 a second; this bounds every wait for rows and re-decoding. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final PacketsView view;

    private ViewDriver(PacketsView view) {
        this.view = view;
    }

    /** @return a driver of a newly opened view */
    static ViewDriver openFresh() throws PartInitException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart open = page.findView(PacketsView.ID);
        if (open != null) {
            page.hideView(open);
        }
        return new ViewDriver((PacketsView) page.showView(PacketsView.ID));
    }

    PacketsView view() {
        return view;
    }

    String status() {
        return view.statusLabel().getText();
    }

    List<PacketRow> rows() {
        return view.table().rows();
    }

    void waitUntil(String what, BooleanSupplier condition) {
        UiWait.until(condition, WAIT, () -> what + "; the view says: " + status());
    }

    /**
     * Waits for a row, then selects it as a click does.
     *
     * @param what the row, for the failure message
     * @param which the row to select
     * @return the selected row
     */
    PacketRow select(String what, Predicate<PacketRow> which) {
        waitUntil(what, () -> rows().stream().anyMatch(which));
        PacketRow row = rows().stream().filter(which).reduce((older, newer) -> newer).orElseThrow();
        int index = rows().indexOf(row);
        view.table().control().setSelection(index);
        view.table().control().notifyListeners(SWT.Selection, new Event());
        UiWait.processEvents();
        return row;
    }

    /** @return the cell texts of the selected table row */
    List<String> selectedCells() {
        TableItem item = view.table().control().getSelection()[0];
        int columns = view.table().control().getColumnCount();
        return IntStream.range(0, columns).mapToObj(item::getText).toList();
    }

    void filter(String text) {
        view.filterField().setText(text);
        UiWait.processEvents();
    }

    /**
     * Runs Decode As… on the selected row and picks the choice whose label starts with the text, as
     * the user does in the dialog; a screenshot shows the dialog open.
     *
     * @param labelStart the start of the choice's label
     * @param screenshot the screenshot's file name, or empty
     */
    void decodeAs(String labelStart, Optional<String> screenshot) {
        Dialogs.answer(ListDialog.class, dialog -> choose(dialog, labelStart, screenshot));
        view.actions().decodeAs().run(); // returns when the dialog is closed
        UiWait.processEvents();
    }

    private static void choose(ListDialog dialog, String labelStart, Optional<String> screenshot) {
        Object choice = ((List<?>) dialog.getTableViewer().getInput()).stream()
                .filter(c -> ((DecodeAsChoices.Choice) c).label().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no Decode As choice " + labelStart));
        dialog.getTableViewer().setSelection(new StructuredSelection(choice), true);
        try {
            if (screenshot.isPresent()) {
                Screenshots.save(dialog.getShell(), screenshot.get());
            }
        } catch (Exception e) {
            throw new AssertionError("screenshot failed", e);
        } finally {
            Dialogs.press(dialog.getShell(), IDialogConstants.OK_LABEL);
        }
    }

    /** Takes a screenshot with the view maximized, as after a double-click on its tab, then restores it. */
    void screenshotMaximized(String fileName) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IWorkbenchPartReference reference = page.getReference(view);
        page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        try {
            screenshot(fileName);
        } finally {
            page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
            UiWait.processEvents();
        }
    }

    /** Screenshot of the workbench window. */
    static void screenshot(String fileName) throws Exception {
        Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), fileName);
    }
}
