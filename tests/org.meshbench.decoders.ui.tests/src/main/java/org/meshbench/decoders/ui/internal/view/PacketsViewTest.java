package org.meshbench.decoders.ui.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.decoders.EndpointPair;
import org.meshbench.decoders.SelectionReason;
import org.meshbench.decoders.ui.internal.model.HexDump;
import org.meshbench.decoders.ui.internal.model.PacketRow;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.testing.Services;
import org.meshbench.testing.ui.UiWait;
import org.osgi.framework.ServiceRegistration;

/**
 * The Packets view in the running workbench (Tycho's UI harness, on the UI thread), fed by a
 * simulated gateway behind the embedded broker through a client shared as the workbench's
 * connection. Each test opens the view anew.
 */
class PacketsViewTest {

    private static final EndpointPair TRAFFIC = EndpointPair.of(251, 255);
    private static final EndpointPair NODE = EndpointPair.of(253, 255);
    private static final String TRAFFIC_DIAGNOSTICS = "Traffic diagnostics";

    private static Simulation simulation;
    private ViewDriver driver;

    @BeforeAll
    static void startSimulation() throws Exception {
        simulation = Simulation.start();
    }

    @AfterAll
    static void stopSimulation() {
        simulation.close();
    }

    @BeforeEach
    void openView() throws Exception {
        driver = ViewDriver.openFresh();
    }

    @Test
    void followsTheWorkbenchConnectionAndKeepsThePacketsWhenItCloses() throws Exception {
        assertEquals("Not connected · 0 packets", driver.status());
        ViewDriver.screenshot("packets-not-connected.png");

        ServiceRegistration<NetworkClient> shared = simulation.shareAsWorkbenchConnection();
        try {
            driver.waitUntil("the view uses the workbench connection", () -> driver.status()
                    .startsWith("Workbench connection to " + simulation.brokerUrl() + ": connected · "));
            driver.waitUntil("packets are listed", () -> driver.rows().size() >= 5);
        } finally {
            shared.unregister();
        }

        driver.waitUntil("the view says it is not connected", () -> driver.status().startsWith("Not connected · "));
        assertFalse(driver.rows().isEmpty(), "the packets received stay");
    }

    @Test
    void showsADiagnosticsPacketAsTheWirepasDecoderDecodesItWithItsFieldsAndBytes() throws Exception {
        ServiceRegistration<NetworkClient> shared = simulation.shareAsWorkbenchConnection();
        try {
            PacketRow row = driver.select("a traffic diagnostics packet",
                    r -> r.decoderName().equals(TRAFFIC_DIAGNOSTICS) && !r.failed());

            List<String> cells = driver.selectedCells();
            assertEquals("251→255", cells.get(5));
            assertEquals(TRAFFIC_DIAGNOSTICS, cells.get(9));
            assertFalse(cells.get(10).isBlank());
            assertEquals(row.summary(), cells.get(10));
            String header = driver.view().details().headerText().getText();
            assertTrue(header.contains("Decoder: Traffic diagnostics (org.meshbench.decoders.wirepas.traffic-diagnostics)"
                    + ", by its binding for 251→255\nAlternatives: none\nSummary: " + row.summary()), header);
            assertTrue(driver.view().details().fieldTree().getTree().getItemCount() > 1);

            DecodedField field = row.outcome().orElseThrow().packet().orElseThrow().fields().stream()
                    .filter(f -> f.hasSpan() && f.length() > 0 && f.offset() + f.length() <= HexDump.BYTES_PER_LINE / 2)
                    .reduce((first, later) -> later).orElseThrow();
            driver.view().details().fieldTree().setSelection(new StructuredSelection(field), true);
            UiWait.processEvents();

            StyleRange[] highlighted = driver.view().details().hexText().getStyleRanges();
            assertEquals(2, highlighted.length, "the field's bytes in the hex and the ASCII half");
            String hex = driver.view().details().hexText().getText();
            assertEquals(HexFormat.ofDelimiter(" ").formatHex(row.payload().orElseThrow(), field.offset(),
                    field.offset() + field.length()),
                    hex.substring(highlighted[0].start, highlighted[0].start + highlighted[0].length));
            driver.screenshotMaximized("packets-diagnostics.png");
        } finally {
            shared.unregister();
        }
    }

    @Test
    void decodeAsSwitchesTheDecoderOfAnEndpointPairAndAutomaticSwitchesBack() throws Exception {
        ServiceRegistration<NetworkClient> shared = simulation.shareAsWorkbenchConnection();
        try {
            driver.select("a traffic diagnostics packet", r -> r.decoderName().equals(TRAFFIC_DIAGNOSTICS));

            driver.decodeAs("Neighbor diagnostics", Optional.of("packets-decode-as-dialog.png"));

            driver.waitUntil("the 251→255 packets are decoded as neighbor diagnostics", () -> everyRowOf(TRAFFIC,
                    r -> r.decoderText().startsWith("Neighbor diagnostics [Decode As]")));
            assertTrue(driver.view().details().headerText().getText().contains("by Decode As for 251→255"),
                    driver.view().details().headerText().getText());
            assertTrue(everyRowOf(NODE, r -> r.decoderName().equals("Node diagnostics")), "other pairs keep theirs");
            driver.screenshotMaximized("packets-decode-as.png");

            driver.decodeAs("Automatic selection", Optional.empty());

            driver.waitUntil("the 251→255 packets are traffic diagnostics again", () -> everyRowOf(TRAFFIC,
                    r -> r.decoderText().equals(TRAFFIC_DIAGNOSTICS)
                            && r.selection().orElseThrow().reason() == SelectionReason.BINDING));
        } finally {
            driver.view().decodeAs(TRAFFIC, Optional.empty());
            shared.unregister();
        }
    }

    @Test
    void decodeAsIsRememberedForTheNextStart() throws Exception {
        DecoderRegistry registry = Services.await(DecoderRegistry.class);
        String neighbor = registry.decoders().stream().filter(d -> d.name().equals("Neighbor diagnostics"))
                .findFirst().orElseThrow().id();
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.meshbench.decoders.ui");
        try {
            driver.view().decodeAs(TRAFFIC, Optional.of(neighbor));
            assertEquals(neighbor, preferences.get("decodeAs.251.255", null));
            registry.clearOverride(TRAFFIC); // as after a restart: the registry starts without overrides

            driver = ViewDriver.openFresh(); // the view restored at the next start

            assertEquals(neighbor, registry.overrides().get(TRAFFIC));
        } finally {
            driver.view().decodeAs(TRAFFIC, Optional.empty());
        }
        assertNull(preferences.get("decodeAs.251.255", null));
        assertFalse(registry.overrides().containsKey(TRAFFIC));
    }

    @Test
    void aMalformedPayloadKeepsItsRawBytesAndShowsTheError() throws Exception {
        ServiceRegistration<NetworkClient> shared = simulation.shareAsWorkbenchConnection();
        try {
            PacketRow row = driver.select("a too short packet on 253→255", r -> r.endpoints().equals(Optional.of(NODE))
                    && r.size().equals(OptionalLong.of(Simulation.BAD_PAYLOAD_SIZE)));

            assertTrue(row.failed());
            assertTrue(driver.selectedCells().get(10).startsWith("decode error: "), driver.selectedCells().toString());
            String header = driver.view().details().headerText().getText();
            assertTrue(header.contains("\nError: malformed payload: ") && header.endsWith(" (raw bytes kept)"), header);
            assertEquals(HexDump.of(row.payload().orElseThrow()).text(), driver.view().details().hexText().getText());
            assertEquals(0, driver.view().details().fieldTree().getTree().getItemCount());
            driver.screenshotMaximized("packets-malformed.png");
        } finally {
            shared.unregister();
        }
    }

    @Test
    void filterPauseAndClear() throws Exception {
        ServiceRegistration<NetworkClient> shared = simulation.shareAsWorkbenchConnection();
        try {
            driver.waitUntil("packets on several endpoint pairs", () -> driver.rows().stream()
                    .map(PacketRow::endpoints).distinct().count() >= 3);

            driver.filter("251->255");
            assertTrue(everyRowOf(TRAFFIC, r -> true) && driver.rows().stream()
                    .allMatch(r -> r.endpoints().equals(Optional.of(TRAFFIC))), "only 251→255 rows");
            assertTrue(driver.status().contains(" packets match"), driver.status());
            driver.filter("");

            driver.view().actions().pause().setChecked(true);
            driver.view().actions().pause().run();
            driver.waitUntil("packets are ignored", () -> driver.status().matches(".* · paused, [1-9][0-9]* ignored"));
            int whilePaused = driver.rows().size();
            driver.waitUntil("more packets are ignored", () -> driver.status().matches(".* · paused, ([4-9]|\\d\\d+) ignored"));
            assertEquals(whilePaused, driver.rows().size());
            assertEquals("Resume", driver.view().actions().pause().getText());
            ViewDriver.screenshot("packets-paused.png");

            driver.view().actions().clear().run();
            driver.waitUntil("the table is empty", () -> driver.rows().isEmpty());
            driver.view().actions().pause().setChecked(false);
            driver.view().actions().pause().run();
            driver.waitUntil("packets come again", () -> !driver.rows().isEmpty());
        } finally {
            shared.unregister();
        }
    }

    @Test
    void aFloodOfPacketsKeepsTheUiResponsiveAndTheBufferBounded() throws Exception {
        int packets = 3 * PacketsView.CAPACITY;
        Thread feeder = new Thread(() -> {
            for (int i = 0; i < packets; i++) {
                driver.view().intake().accept(flood(i)); // as the client's listener thread does
            }
        }, "flood");
        Display display = Display.getCurrent();
        AtomicLong lastTick = new AtomicLong(System.nanoTime());
        AtomicLong longestGap = new AtomicLong();
        Runnable tick = new Runnable() {
            @Override
            public void run() {
                long now = System.nanoTime();
                longestGap.accumulateAndGet(now - lastTick.getAndSet(now), Math::max);
                if (!driver.view().statusLabel().isDisposed()) {
                    display.timerExec(10, this);
                }
            }
        };
        display.timerExec(10, tick);
        feeder.start();

        driver.waitUntil("every packet was decoded and the oldest dropped", () -> driver.status()
                .equals("Not connected · 10,000 packets · 20,000 dropped"));

        feeder.join();
        assertEquals(PacketsView.CAPACITY, driver.rows().size());
        assertEquals(packets, driver.rows().get(driver.rows().size() - 1).number(), "the newest rows are kept");
        assertTrue(longestGap.get() < 1_000_000_000L, "the UI thread was busy for " + longestGap.get() / 1_000_000
                + " ms at once");
        driver.screenshotMaximized("packets-flood.png");
    }

    private boolean everyRowOf(EndpointPair pair, Predicate<PacketRow> condition) {
        List<PacketRow> rows = driver.rows().stream().filter(r -> r.endpoints().equals(Optional.of(pair))).toList();
        return !rows.isEmpty() && rows.stream().allMatch(condition);
    }

    /** A test network application packet (endpoints 100→100) of 8 bytes from node {@code i}. */
    private static ReceivedPacket flood(int i) {
        ReceivedDataEvent event = new ReceivedDataEvent(new EventHeader("flood-gw", Optional.of("sink0"), i,
                OptionalLong.empty()), i, 1, 100, 100, 10, System.currentTimeMillis(), 0,
                Optional.of(Bytes.of(new byte[] {1, 0, 0, 0, (byte) i, (byte) (i >> 8), 0, 0})), OptionalLong.empty(),
                OptionalLong.of(1), OptionalLong.of(1));
        return new ReceivedPacket(new SinkRef("flood-gw", "sink0"), 1, event, Instant.now());
    }
}
