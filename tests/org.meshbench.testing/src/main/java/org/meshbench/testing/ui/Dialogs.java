package org.meshbench.testing.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Answers the modal dialogs the code under test opens, as a user does: on the UI thread, once they are open. */
public final class Dialogs {

    private static final int POLL_MILLIS = 50;

    private Dialogs() {
    }

    /**
     * Answers the next dialog of a type once it is open. Call it just before the action that opens the dialog,
     * which then runs the UI events until the dialog closes.
     *
     * @param <T>    the dialog's type
     * @param type   the dialog's class; a JFace window is the data of its shell
     * @param answer what the user does in it; it must close the dialog
     */
    public static <T> void answer(Class<T> type, Consumer<T> answer) {
        Display display = Display.getCurrent();
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                Optional<T> dialog = Arrays.stream(display.getShells()).map(Shell::getData).filter(type::isInstance)
                        .map(type::cast).findFirst();
                if (dialog.isPresent()) {
                    answer.accept(dialog.get());
                } else {
                    display.timerExec(POLL_MILLIS, this);
                }
            }
        };
        display.timerExec(POLL_MILLIS, poll);
    }

    /**
     * Presses a button as a click does.
     *
     * @param shell the dialog's shell
     * @param label the button's text
     */
    public static void press(Shell shell, String label) {
        button(shell, label).orElseThrow(() -> new AssertionError("no button " + label))
                .notifyListeners(SWT.Selection, new Event());
    }

    private static Optional<Button> button(Composite parent, String label) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && label.equals(button.getText())) {
                return Optional.of(button);
            }
            if (child instanceof Composite composite) {
                Optional<Button> found = button(composite, label);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
