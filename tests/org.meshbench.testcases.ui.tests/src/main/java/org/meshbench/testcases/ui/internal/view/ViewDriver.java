package org.meshbench.testcases.ui.internal.view;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.meshbench.testcases.TestCaseInfo;
import org.meshbench.testcases.ui.internal.model.ParameterRow;

/** Drives the Test Runner view the way a user does, on the UI thread, through its real widgets. */
final class ViewDriver {

    /** A run of a few short test cases on the simulator takes seconds; this bounds every wait. */
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration SCREENSHOT_PAINT_TIME = Duration.ofMillis(500);

    private final TestRunnerView view;

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
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT + ": " + what + "; the view says: "
                        + view.summaryLabel().getText() + " / " + view.buttons().hintLabel().getText());
            }
            if (!display.readAndDispatch()) {
                sleep();
            }
        }
        processEvents();
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain pending paint and layout events
        }
    }

    /** Types the broker URL into the view's own field and presses Connect. */
    void connect(String brokerUrl) {
        view.connectionBar().brokerField().setText(brokerUrl);
        press(view.connectionBar().connectButton());
        waitUntil("connected to " + brokerUrl, () -> view.connectionBar().statusLabel().getText().endsWith(": connected"));
    }

    void network(long address) {
        view.targetBar().networkField().setText(Long.toString(address));
        processEvents();
    }

    /** Ticks a test case as a click on its check box does. */
    void tick(String testCaseId) {
        TreeItem item = testCaseItem(testCaseId);
        item.setChecked(true);
        Event click = new Event();
        click.item = item;
        click.detail = SWT.CHECK;
        view.testCases().viewer().getTree().notifyListeners(SWT.Selection, click);
        processEvents();
    }

    /** Selects a test case and types a value into its parameter table, through the cell editor. */
    void edit(String testCaseId, String key, String value) {
        TestCaseInfo info = view.selection().find(testCaseId).orElseThrow();
        view.testCases().viewer().setSelection(new StructuredSelection(info), true);
        processEvents();
        ParameterRow row = ((List<?>) view.parameters().viewer().getInput()).stream().map(ParameterRow.class::cast)
                .filter(r -> r.descriptor().key().equals(key)).findFirst().orElseThrow();
        view.parameters().viewer().editElement(row, 1);
        Text editor = Arrays.stream(view.parameters().viewer().getTable().getChildren())
                .filter(child -> child instanceof Text && child.isVisible()).map(Text.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no cell editor for " + key));
        editor.setText(value);
        view.parameters().viewer().applyEditorValue();
        processEvents();
    }

    void press(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
        processEvents();
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
            processEvents();
        }
    }

    /** Selects a row of the results tree, as a click does, so that the details pane shows it. */
    void selectResult(int index) {
        view.results().viewer().setSelection(new StructuredSelection(resultItem(index).getData()), true);
        processEvents();
    }

    /**
     * Copies the workbench window's pixels into a PNG under the build's screenshot folder. GTK paints
     * asynchronously, so the window gets a moment to paint what the test changed.
     */
    static void screenshot(String fileName) throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        long paintUntil = System.nanoTime() + SCREENSHOT_PAINT_TIME.toNanos();
        while (System.nanoTime() < paintUntil) {
            if (!shell.getDisplay().readAndDispatch()) {
                shell.update();
                sleep();
            }
        }
        Rectangle bounds = shell.getBounds();
        Display display = shell.getDisplay();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            String directory = System.getProperty("screenshotDir");
            assertNotNull(directory, "screenshotDir system property");
            Path file = Files.createDirectories(Path.of(directory)).resolve(fileName);
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
