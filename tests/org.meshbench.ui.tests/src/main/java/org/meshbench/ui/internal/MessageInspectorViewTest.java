package org.meshbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the real view in the running workbench (Tycho's UI harness, on the UI thread). */
class MessageInspectorViewTest {

    private static final String TOPIC = "gw-event/status/rpi-cafe42";
    /** GenericMessage{wirepas{status_event{header{gw_id "rpi-cafe42", event_id}, version 1, state OFF}}}. */
    private static final String OFFLINE_STATUS = "0a1f0a1d0a170a0a7270692d63616665343218b9bd8eb4d0fba9a4a60110011802";

    private MessageInspectorView view;

    @BeforeEach
    void showView() throws PartInitException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertEquals(MeshbenchPerspective.ID, page.getPerspective().getId());
        view = (MessageInspectorView) page.showView(MessageInspectorView.ID);
    }

    @Test
    void decodesPastedPayloadAndShowsJson() throws Exception {
        view.topicField().setText(TOPIC);
        view.payloadField().setText(OFFLINE_STATUS);
        view.decodeButton().notifyListeners(SWT.Selection, null);
        processEvents();

        assertEquals("Decoded 33 bytes on " + TOPIC, view.statusLabel().getText());
        assertTrue(view.resultField().getText().contains("\"gw_id\": \"rpi-cafe42\""), view.resultField().getText());
        saveScreenshot("message-inspector-decoded.png");
    }

    @Test
    void showsWhyAPayloadDoesNotDecode() throws Exception {
        view.topicField().setText(TOPIC);
        view.payloadField().setText("ff ff");
        view.decodeButton().notifyListeners(SWT.Selection, null);
        processEvents();

        assertTrue(view.statusLabel().getText().contains(TOPIC), view.statusLabel().getText());
        assertEquals("", view.resultField().getText());
        saveScreenshot("message-inspector-error.png");
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain pending paint and layout events so the screenshot shows the result
        }
    }

    /** Copies the workbench window's pixels from the screen into a PNG under the build's screenshot folder. */
    private static void saveScreenshot(String fileName) throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Rectangle bounds = shell.getBounds();
        Display display = shell.getDisplay();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
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
