package org.meshbench.ui.internal.connection;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Labelled fields in three-column groups: label, input (spanning two columns, or one and a Browse button). */
final class FormFields {

    /** Enough for the longest label, "Client certificate:". */
    private static final int LABEL_WIDTH_IN_CHARACTERS = 20;

    private FormFields() {
    }

    static Composite group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        return group;
    }

    /** Every group gives its labels the same width, so that the fields of all groups line up. */
    static Composite labelled(Composite group, String label) {
        Label text = new Label(group, SWT.NONE);
        text.setText(label);
        GC gc = new GC(text);
        try {
            int width = (int) (gc.getFontMetrics().getAverageCharacterWidth() * LABEL_WIDTH_IN_CHARACTERS);
            GridDataFactory.swtDefaults().hint(Math.max(width, text.computeSize(SWT.DEFAULT, SWT.DEFAULT).x),
                    SWT.DEFAULT).applyTo(text);
        } finally {
            gc.dispose();
        }
        return group;
    }

    static Text field(Composite group, String label, String hint) {
        Text text = new Text(labelled(group, label), SWT.BORDER | SWT.SINGLE);
        text.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(360, SWT.DEFAULT).applyTo(text);
        return text;
    }

    static Text fileField(Composite group, String label, String hint) {
        Text text = new Text(labelled(group, label), SWT.BORDER | SWT.SINGLE);
        text.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        Button browse = new Button(group, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, event -> {
            FileDialog dialog = new FileDialog(group.getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.pem;*.crt;*.key", "*" });
            String chosen = dialog.open();
            if (chosen != null) {
                text.setText(chosen);
            }
        });
        return text;
    }
}
