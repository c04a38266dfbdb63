package org.meshbench.provisioning.ui.internal.view;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.WhitelistException;

/**
 * Edits a whitelist file as text and saves it. What the text means is checked as the user types and shown above it;
 * a wrong text can still be saved, since Reload Whitelist refuses it and the running server keeps its whitelist.
 */
final class WhitelistDialog extends TitleAreaDialog {

    private final Path file;
    private final String original;
    private Text text;

    private WhitelistDialog(Shell parent, Path file, String original) {
        super(parent);
        this.file = file;
        this.original = original;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /**
     * @param parent the shell the dialog belongs to
     * @param file the whitelist file
     * @return the dialog, to open
     * @throws IOException if the file cannot be read
     */
    static WhitelistDialog of(Shell parent, Path file) throws IOException {
        return new WhitelistDialog(parent, file, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Edit Whitelist");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(file.toString());
        text = new Text(area, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setFont(JFaceResources.getTextFont());
        text.setText(original);
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 400).applyTo(text);
        text.addListener(SWT.Modify, event -> check());
        check();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Save", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected Point getInitialSize() {
        return getShell().computeSize(760, 560, true);
    }

    private void check() {
        try {
            int nodes = Whitelist.parse(text.getText()).entries().size();
            setErrorMessage(null);
            setMessage(nodes + " whitelisted nodes. After Save, Reload Whitelist gives the file to the running "
                    + "server.");
        } catch (WhitelistException e) {
            setErrorMessage("Not a valid whitelist: " + e.getMessage());
        }
    }

    @Override
    protected void okPressed() {
        try {
            Files.writeString(file, text.getText(), StandardCharsets.UTF_8);
            super.okPressed();
        } catch (IOException e) {
            setErrorMessage("Cannot save " + file + ": " + e.getMessage());
        }
    }

    Text text() {
        return text;
    }
}
