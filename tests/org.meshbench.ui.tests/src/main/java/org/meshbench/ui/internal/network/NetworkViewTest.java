package org.meshbench.ui.internal.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbench.simulator.SimulatorConfig;
import org.meshbench.simulator.mqtt.MqttGateway;
import org.meshbench.testing.SimulatedNetwork;
import org.meshbench.testing.ui.Screenshots;
import org.meshbench.testing.ui.UiWait;
import org.meshbench.ui.internal.connection.BrokerConnection;

/** The Network view in the running workbench, connected to an embedded broker with simulated gateways. */
class NetworkViewTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    /** 2 gateways × 2 sinks × 5 nodes; every node sends within seconds. */
    private static final SimulatorConfig FLEET = SimulatorConfig.builder().size(2, 2, 5).uplinkRate(40).seed(3)
            .gatewayIdPrefix("ui-gw").build();
    private static SimulatedNetwork network;

    private BrokerConnection connection;
    private NetworkView view;

    @BeforeAll
    static void startNetwork() throws Exception {
        network = SimulatedNetwork.start(FLEET);
    }

    @AfterAll
    static void stopNetwork() {
        if (network != null) {
            network.close();
        }
    }

    @BeforeEach
    void connectAndShowView() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = (NetworkView) page.showView(NetworkView.ID);
        connection = PlatformUI.getWorkbench().getService(BrokerConnection.class);
        connection.connect(network.clientOptions()).get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Waits for the empty tree, so that the next test cannot mistake this test's rows for its own. */
    @AfterEach
    void disconnect() {
        connection.disconnect();
        UiWait.until(() -> view.displayedRows().isEmpty(), LIMIT, this::shown);
    }

    @Test
    void showsTheSimulatedGatewaysOnlineWithTheirSinks() throws Exception {
        String header = "Connected to " + network.brokerUrl() + " · 2 of 2 gateways online · 4 sinks · ";
        UiWait.until(() -> gatewayStates().equals(List.of("ui-gw-0 ONLINE", "ui-gw-1 ONLINE")) && sinkRows() == 4
                && everyNetworkHasNodes() && view.headerText().startsWith(header), LIMIT, this::shown);
        assertEquals(4, view.displayedRows().stream().filter(row -> row.depth() == 2 && row.state().equals("started")
                && row.summary().contains("firmware")).count(), this::shown);

        SinkRow sink = view.tree().shown().networks().get(0).gateways().get(0).sinks().get(0);
        view.tree().viewer().setSelection(new StructuredSelection(sink), true);
        UiWait.processEvents();
        assertEquals(sink.sink().config().nodeAddress().orElseThrow() + "", detail("Node address"));
        assertEquals("started", detail("State"));
        Screenshots.save(view.getSite().getShell(), "network-view-online.png");
    }

    @Test
    void showsAGatewayGoingOffline() throws Exception {
        UiWait.until(() -> gatewayStates().equals(List.of("ui-gw-0 ONLINE", "ui-gw-1 ONLINE")), LIMIT, this::shown);
        MqttGateway crashing = network.simulation().gateways().get(1);
        crashing.crash();
        try {
            UiWait.until(() -> gatewayStates().equals(List.of("ui-gw-0 ONLINE", "ui-gw-1 OFFLINE")), LIMIT,
                    this::shown);
            assertTrue(view.headerText().contains("1 of 2 gateways online"), view.headerText());
            Screenshots.save(view.getSite().getShell(), "network-view-gateway-offline.png");
        } finally {
            crashing.reconnect().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        }
        UiWait.until(() -> gatewayStates().equals(List.of("ui-gw-0 ONLINE", "ui-gw-1 ONLINE")), LIMIT, this::shown);
    }

    /** @return each gateway row as "id STATE", once per gateway, sorted */
    private List<String> gatewayStates() {
        return view.displayedRows().stream().filter(row -> row.depth() == 1).map(row -> row.name() + " " + row.state())
                .distinct().sorted().toList();
    }

    private long sinkRows() {
        return view.displayedRows().stream().filter(row -> row.depth() == 2).count();
    }

    private boolean everyNetworkHasNodes() {
        return view.displayedRows().stream().filter(row -> row.depth() == 0)
                .allMatch(row -> row.state().matches("[1-9][0-9]* nodes?"));
    }

    private String detail(String name) {
        for (TableItem item : view.detailsTable().table().getItems()) {
            if (item.getText(0).equals(name)) {
                return item.getText(1);
            }
        }
        return "(no " + name + " among the details)";
    }

    private String shown() {
        return view.headerText() + "\n" + String.join("\n", view.displayedRows().stream().map(Object::toString)
                .toList());
    }
}
