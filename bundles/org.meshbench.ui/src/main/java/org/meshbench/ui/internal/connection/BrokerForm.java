package org.meshbench.ui.internal.connection;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The fields of a broker connection: server and credentials, TLS files, MQTT session. */
final class BrokerForm {

    private Text brokerUrl;
    private Text username;
    private Text password;
    private Button savePassword;
    private Text caFile;
    private Text certificateFile;
    private Text keyFile;
    private Button insecure;
    private Text clientId;
    private Text keepAlive;
    private Text sharedGroup;

    BrokerForm(Composite parent) {
        Composite form = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        createServer(FormFields.group(form, "Broker"));
        createTls(FormFields.group(form, "TLS (ssl:// brokers)"));
        createSession(FormFields.group(form, "MQTT session"));
    }

    private void createServer(Composite group) {
        brokerUrl = FormFields.field(group, "Broker URL:", "tcp://host:1883 or ssl://host:8883");
        username = FormFields.field(group, "User name:", "empty for anonymous access");
        password = new Text(FormFields.labelled(group, "Password:"), SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(password);
        new Label(group, SWT.NONE);
        savePassword = new Button(group, SWT.CHECK);
        savePassword.setText("Save the password in the Eclipse secure storage");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(savePassword);
    }

    private void createTls(Composite group) {
        caFile = FormFields.fileField(group, "CA certificates:", "empty to trust the system's CAs");
        certificateFile = FormFields.fileField(group, "Client certificate:", "PEM file, for brokers that ask for one");
        keyFile = FormFields.fileField(group, "Client key:", "PEM file of the certificate's private key");
        new Label(group, SWT.NONE);
        insecure = new Button(group, SWT.CHECK);
        insecure.setText("Accept any broker certificate (insecure: no protection against a man in the middle)");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(insecure);
    }

    private void createSession(Composite group) {
        clientId = FormFields.field(group, "Client id:", "empty for a generated meshbench-… id");
        keepAlive = FormFields.field(group, "Keep-alive (s):", "60");
        sharedGroup = FormFields.field(group, "Shared group:", "empty, or a group that shares subscriptions");
    }

    void show(ConnectionSettings settings) {
        brokerUrl.setText(settings.brokerUrl());
        username.setText(settings.username());
        savePassword.setSelection(settings.savePassword());
        caFile.setText(settings.caFile());
        certificateFile.setText(settings.certificateFile());
        keyFile.setText(settings.keyFile());
        insecure.setSelection(settings.insecure());
        clientId.setText(settings.clientId());
        keepAlive.setText(settings.keepAliveSeconds());
        sharedGroup.setText(settings.sharedGroup());
    }

    ConnectionSettings read() {
        return new ConnectionSettings(brokerUrl.getText().strip(), username.getText().strip(), caFile.getText().strip(),
                certificateFile.getText().strip(), keyFile.getText().strip(), insecure.getSelection(),
                clientId.getText().strip(), keepAlive.getText().strip(), sharedGroup.getText().strip(),
                savePassword.getSelection());
    }

    /** @return a copy of the typed password, for the caller to wipe */
    char[] password() {
        return password.getTextChars();
    }

    void setPassword(char[] chars) {
        password.setTextChars(chars);
    }

    Text brokerUrlField() {
        return brokerUrl;
    }

    Text usernameField() {
        return username;
    }

    Text passwordField() {
        return password;
    }

    Button savePasswordButton() {
        return savePassword;
    }
}
