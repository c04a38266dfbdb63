package org.meshbench.testcases.ui.internal.view;


import java.time.Duration;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.meshbench.network.NetworkClient;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.ui.internal.model.ParameterRow;
import org.meshbench.testing.ui.Screenshots;
import org.meshbench.testing.ui.UiWait;
import org.meshbench.ui.services.SharedConnection;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** Drives the Test Runner view the way a user does, on the UI thread, through its real widgets. */
final class ViewDriver {

    /** A run of a few short test cases on the simulator takes seconds; this bounds every wait. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final TestRunnerView view;
    private ServiceRegistration<NetworkClient> shared;

    private ViewDriver(TestRunnerView view) {
        this.view = view;
    }

    /** @return a driver of a newly opened view, with its test cases listed */
    static ViewDriver openFresh() throws PartInitException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart open = page.findView(TestRunnerView.ID);
        if (open != null) {
            page.hideView(open);
        }
        ViewDriver driver = new ViewDriver((TestRunnerView) page.showView(TestRunnerView.ID));
        driver.waitUntil("the test cases are listed", () -> !driver.view.selection().available().isEmpty());
        return driver;
    }

    TestRunnerView view() {
        return view;
    }

    void waitUntil(String what, BooleanSupplier condition) {
        UiWait.until(condition, WAIT, () -> what + "; the view says: " + view.summaryLabel().getText() + " / "
                + view.buttons().hintLabel().getText());
    }

    /** Shares a connected client as the workbench's connection, as File > Connect… does, until {@link #disconnect}. */
    void connect(NetworkClient client) {
        shared = FrameworkUtil.getBundle(TestRunnerView.class).getBundleContext().registerService(NetworkClient.class,
                client, new Hashtable<>(Map.of(SharedConnection.PROPERTY, SharedConnection.WORKBENCH)));
        waitUntil("the view uses the workbench connection", () -> view.connectionLabel().getText()
                .equals("Workbench connection to " + client.mqttOptions().broker() + ": connected"));
    }

    /** Ends the sharing, as File > Disconnect does before it closes the client. */
    void disconnect() {
        if (shared != null) {
            shared.unregister();
            shared = null;
        }
    }

    void network(long address) {
        view.targetBar().networkField().setText(Long.toString(address));
        UiWait.processEvents();
    }

    /** Ticks a test case as a click on its check box does. */
    void tick(String testCaseId) {
        TreeItem item = testCaseItem(testCaseId);
        item.setChecked(true);
        Event click = new Event();
        click.item = item;
        click.detail = SWT.CHECK;
        view.testCases().viewer().getTree().notifyListeners(SWT.Selection, click);
        UiWait.processEvents();
    }

    /** Selects a test case and types a value into its parameter table, through the cell editor. */
    void edit(String testCaseId, String key, String value) {
        TestCaseInfo info = view.selection().find(testCaseId).orElseThrow();
        view.testCases().viewer().setSelection(new StructuredSelection(info), true);
        UiWait.processEvents();
        ParameterRow row = ((List<?>) view.parameters().viewer().getInput()).stream().map(ParameterRow.class::cast)
                .filter(r -> r.descriptor().key().equals(key)).findFirst().orElseThrow();
        view.parameters().viewer().editElement(row, 1);
        Text editor = Arrays.stream(view.parameters().viewer().getTable().getChildren())
                .filter(child -> child instanceof Text && child.isVisible()).map(Text.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no cell editor for " + key));
        editor.setText(value);
        view.parameters().viewer().applyEditorValue();
        UiWait.processEvents();
    }

    void press(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
        UiWait.processEvents();
    }

    /** Presses Run and waits until the run ended. */
    void runAndWait() {
        press(view.buttons().runButton());
        awaitRunEnd();
    }

    void awaitRunEnd() {
        waitUntil("the run ended", () -> view.buttons().runButton().isEnabled()
                && view.summaryLabel().getText().contains(" skipped in "));
    }

    /** @return each planned test as {@code name: status} */
    List<String> resultRows() {
        return Arrays.stream(view.results().viewer().getTree().getItems())
                .map(item -> item.getText(0) + ": " + item.getText(1)).toList();
    }

    TreeItem resultItem(int index) {
        return view.results().viewer().getTree().getItem(index);
    }

    private TreeItem testCaseItem(String testCaseId) {
        for (TreeItem category : view.testCases().viewer().getTree().getItems()) {
            for (TreeItem item : category.getItems()) {
                if (item.getData() instanceof TestCaseInfo info && info.id().equals(testCaseId)) {
                    return item;
                }
            }
        }
        throw new AssertionError("no test case " + testCaseId + " in the tree");
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

    /** Selects a row of the results tree, as a click does, so that the details pane shows it. */
    void selectResult(int index) {
        view.results().viewer().setSelection(new StructuredSelection(resultItem(index).getData()), true);
        UiWait.processEvents();
    }

    /** Screenshot of the workbench window. */
    static void screenshot(String fileName) throws Exception {
        Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), fileName);
    }
}
