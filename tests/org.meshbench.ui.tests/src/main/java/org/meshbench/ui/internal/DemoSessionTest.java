package org.meshbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.meshbench.demo.internal.DemoCheck;
import org.meshbench.demo.internal.DemoSession;
import org.meshbench.testing.ui.Screenshots;
import org.meshbench.testing.ui.UiWait;
import org.meshbench.transport.mqtt.BrokerUrl;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.ui.internal.connection.BrokerConnection;
import org.meshbench.ui.internal.network.NetworkView;

/** What {@code meshbench demo} does in the running workbench, from start to close. */
class DemoSessionTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void theDemoNetworkIsShownAndStoppedOnClose() throws Exception {
        IWorkbench workbench = PlatformUI.getWorkbench();
        BrokerConnection connection = workbench.getService(BrokerConnection.class);
        DemoSession demo = DemoSession.start();
        BrokerUrl broker;
        try {
            demo.show(workbench);
            NetworkView view = (NetworkView) workbench.getActiveWorkbenchWindow().getActivePage()
                    .findView(NetworkView.ID);
            UiWait.until(() -> DemoCheck.showsOnline(view.displayedRows(), demo.network().gatewayIds(), 2)
                    .isPresent(), LIMIT, () -> view.headerText() + " " + view.displayedRows());
            broker = connection.status().broker().orElseThrow();
            assertEquals(ConnectionState.CONNECTED, connection.status().state());
            assertTrue(view.headerText().contains("2 of 2 gateways online · 4 sinks"), view.headerText());
            Screenshots.save(workbench.getActiveWorkbenchWindow().getShell(), "demo.png");
        } finally {
            demo.close();
        }
        assertEquals(ConnectionState.DISCONNECTED, connection.status().state());
        assertThrows(IOException.class, () -> new Socket(broker.host(), broker.port()).close(),
                "the demo broker stopped listening");
    }
}
