package org.meshbench.testing.ui;

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

/** Saves what a shell looks like on the screen as a PNG under the build's screenshot folder. */
public final class Screenshots {

    /** Time for GTK to paint the last changes. */
    private static final long PAINT_MILLIS = 300;

    private Screenshots() {
    }

    /**
     * @param shell    the window to capture, as drawn on the screen (dialogs above it included)
     * @param fileName the PNG's name
     * @throws Exception if the folder cannot be created
     */
    public static void save(Shell shell, String fileName) throws Exception {
        UiWait.runEventsFor(PAINT_MILLIS);
        Rectangle bounds = shell.getBounds();
        Display display = shell.getDisplay();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            String directory = System.getProperty("screenshotDir");
            if (directory == null) {
                throw new AssertionError("no screenshotDir system property: set it in the test module's pom");
            }
            Path file = Files.createDirectories(Path.of(directory)).resolve(fileName);
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
