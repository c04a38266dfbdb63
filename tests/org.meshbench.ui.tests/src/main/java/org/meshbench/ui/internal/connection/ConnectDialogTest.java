package org.meshbench.ui.internal.connection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbench.broker.BrokerOptions;
import org.meshbench.broker.EmbeddedBroker;
import org.meshbench.testing.ui.Screenshots;
import org.meshbench.testing.ui.UiWait;
import org.meshbench.transport.mqtt.ConnectionErrorKind;
import org.meshbench.transport.mqtt.ConnectionState;

/** The Connect dialog against an embedded broker that checks passwords. */
class ConnectDialogTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final String USER = "operator";
    private static final String PASSWORD = "right-password";
    private static Path passwordFile;
    private static EmbeddedBroker broker;

    private BrokerConnection connection;
    private ConnectDialog dialog;

    @BeforeAll
    static void startBroker() throws Exception {
        passwordFile = Files.writeString(Files.createTempFile("meshbench-ui-test", ".passwd"),
                USER + ":" + PASSWORD + "\n");
        broker = EmbeddedBroker.start(BrokerOptions.builder().passwordFile(passwordFile).build());
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
        Files.delete(passwordFile);
    }

    @BeforeEach
    void openDialog() {
        connection = PlatformUI.getWorkbench().getService(BrokerConnection.class);
        dialog = open();
    }

    @AfterEach
    void closeDialogAndDisconnect() throws Exception {
        dialog.close();
        connection.disconnect();
        SavedPasswords.platform().forget(broker.url().toString(), USER);
    }

    @Test
    void aWrongPasswordIsReportedAsBadCredentials() throws Exception {
        fill("not-the-password", false);
        pressConnect();
        UiWait.until(() -> dialog.shownError() != null, LIMIT, () -> "no error in the dialog");

        assertTrue(dialog.shownError().startsWith("The broker rejected the user name or password (BAD_CREDENTIALS)"),
                dialog.shownError());
        assertFalse(dialog.shownError().contains("not-the-password"), dialog.shownError());
        assertEquals(ConnectionErrorKind.BAD_CREDENTIALS, connection.status().error().orElseThrow().kind());
        assertTrue(connection.client().isEmpty());
        assertTrue(dialog.connectButton().isEnabled(), "Connect can be pressed again");
        Screenshots.save(dialog.getShell(), "connect-dialog-bad-credentials.png");
    }

    @Test
    void aPortWithoutBrokerIsReportedAsRefused() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        dialog.form().brokerUrlField().setText("tcp://127.0.0.1:" + closedPort);
        dialog.form().usernameField().setText("");
        dialog.form().passwordField().setText("");
        pressConnect();
        UiWait.until(() -> dialog.shownError() != null, LIMIT, () -> "no error in the dialog");

        assertTrue(dialog.shownError().startsWith("Connection refused: nothing listens on that port, or the broker is "
                + "down (CONNECTION_REFUSED)"), dialog.shownError());
        Screenshots.save(dialog.getShell(), "connect-dialog-refused.png");
    }

    @Test
    void theRightPasswordConnectsAndIsKeptInSecureStorageOnly() throws Exception {
        fill(PASSWORD, true);
        pressConnect();
        UiWait.until(() -> dialog.getShell() == null, LIMIT, () -> "dialog still open: " + dialog.shownError());

        assertEquals(ConnectionState.CONNECTED, connection.status().state());
        char[] saved = SavedPasswords.platform().find(broker.url().toString(), USER).orElseThrow();
        assertArrayEquals(PASSWORD.toCharArray(), saved);
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.meshbench.ui");
        for (String key : preferences.keys()) {
            assertFalse(preferences.get(key, "").contains(PASSWORD), key);
        }
        assertEquals(broker.url().toString(), ConnectionPreferences.load().brokerUrl());

        dialog = open();
        assertArrayEquals(PASSWORD.toCharArray(), dialog.form().password(), "the saved password is filled in");
    }

    @Test
    void aRejectedPasswordDoesNotReplaceTheSavedOne() throws Exception {
        fill(PASSWORD, true);
        pressConnect();
        UiWait.until(() -> dialog.getShell() == null, LIMIT, () -> "dialog still open: " + dialog.shownError());
        connection.disconnect();

        dialog = open();
        fill("not-the-password", true);
        pressConnect();
        UiWait.until(() -> dialog.shownError() != null, LIMIT, () -> "no error in the dialog");

        assertArrayEquals(PASSWORD.toCharArray(),
                SavedPasswords.platform().find(broker.url().toString(), USER).orElseThrow());
    }

    @Test
    void anInvalidFieldIsNamedBeforeConnecting() {
        dialog.form().brokerUrlField().setText("broker.example.com");
        pressConnect();
        assertNotNull(dialog.shownError());
        assertTrue(dialog.shownError().contains("scheme://host"), dialog.shownError());
        assertNull(connection.client().orElse(null));
    }

    private static ConnectDialog open() {
        ConnectDialog opened = new ConnectDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                PlatformUI.getWorkbench().getService(BrokerConnection.class));
        opened.setBlockOnOpen(false);
        opened.open();
        UiWait.processEvents();
        return opened;
    }

    private void fill(String password, boolean save) {
        dialog.form().brokerUrlField().setText(broker.url().toString());
        dialog.form().usernameField().setText(USER);
        dialog.form().passwordField().setText(password);
        dialog.form().savePasswordButton().setSelection(save);
    }

    private void pressConnect() {
        dialog.connectButton().notifyListeners(SWT.Selection, null);
        UiWait.processEvents();
    }
}
