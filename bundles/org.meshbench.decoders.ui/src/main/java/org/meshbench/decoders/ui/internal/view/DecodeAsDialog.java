package org.meshbench.decoders.ui.internal.view;

import java.util.List;
import java.util.Optional;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;
import org.meshbench.decoders.ui.internal.model.DecodeAsChoices;
import org.meshbench.mesh.EndpointPair;

/** Asks which decoder to use for an endpoint pair, or to go back to the automatic selection. */
final class DecodeAsDialog {

    static final String TITLE = "Decode As";
    private static final int WIDTH_CHARS = 90;
    private static final int HEIGHT_CHARS = 20;

    private DecodeAsDialog() {
    }

    /**
     * @param shell the parent shell
     * @param pair the endpoint pair
     * @param choices what to offer
     * @param current the choice selected at first
     * @return the user's choice, or empty when cancelled
     */
    static Optional<DecodeAsChoices.Choice> ask(Shell shell, EndpointPair pair, List<DecodeAsChoices.Choice> choices,
            DecodeAsChoices.Choice current) {
        ListDialog dialog = new ListDialog(shell);
        dialog.setTitle(TITLE);
        dialog.setMessage("Decode the packets on endpoints " + pair + " with:");
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(LabelProvider.createTextProvider(choice -> ((DecodeAsChoices.Choice) choice).label()));
        dialog.setInput(choices);
        dialog.setInitialSelections(current);
        dialog.setWidthInChars(WIDTH_CHARS);
        dialog.setHeightInChars(HEIGHT_CHARS);
        if (dialog.open() != Window.OK || dialog.getResult() == null || dialog.getResult().length == 0) {
            return Optional.empty();
        }
        return Optional.of((DecodeAsChoices.Choice) dialog.getResult()[0]);
    }
}
