package org.meshbench.provisioning.ui.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.ui.internal.model.SessionColumn;

/**
 * The Provisioning view in the running workbench (Tycho's UI harness, on the UI thread) on a client shared as the
 * workbench's connection, against the embedded broker and the simulator's unprovisioned nodes. Each test has its
 * own simulation, since a node provisioned once does not ask again.
 */
class ProvisioningViewTest {

    private static final String WHITELIST = """
            secured_node:
                method: 1
                factory_key: 0x000102030405060708090A0B0C0D0E0F 0x101112131415161718191A1B1C1D1E1F
                authentication_key: 0x0102030405060708090A0B0C0D0E0F10
                encryption_key: 0x100F0E0D0C0B0A090807060504030201
                network_address: 0x1012EE
                node_id: 0x11
            0x55 0x4E 0x53:
                method: 0
                authentication_key: 0x0102030405060708090A0B0C0D0E0F10
                encryption_key: 0x100F0E0D0C0B0A090807060504030201
                node_id: 0x22
            """;
    /** A key the format does not know: the whole file is refused. */
    private static final String WRONG_WHITELIST = WHITELIST + "    colour: blue\n";
    private static final String SECURED_UID = hex("secured_node");
    private static final String UNSECURED_UID = hex("UNS");
    private static final String STRANGER_UID = hex("meshbench-stranger");

    @TempDir
    Path folder;
    private Path whitelistFile;
    private Simulation simulation;
    private ViewDriver driver;

    @BeforeEach
    void start() throws Exception {
        whitelistFile = Files.writeString(folder.resolve("whitelist.yml"), WHITELIST);
        simulation = Simulation.start(Whitelist.parse(WHITELIST));
        driver = ViewDriver.openFresh();
        driver.waitUntil("the view uses the workbench connection",
                () -> driver.view().actions().start().isEnabled());
    }

    @AfterEach
    void stop() {
        simulation.close();
    }

    @Test
    void startedFromTheViewItProvisionsTheWhitelistedNodesAndRefusesTheStranger() throws Exception {
        assertTrue(driver.status().endsWith("· server stopped · 0 sessions"), driver.status());

        driver.view().start(whitelistFile);

        driver.waitUntil("both whitelisted nodes provisioned, the stranger refused",
                () -> outcome(SECURED_UID).startsWith("SUCCESS") && outcome(UNSECURED_UID).startsWith("SUCCESS")
                        && outcome(STRANGER_UID).startsWith("NOT_AUTHORIZED"));
        assertEquals("", driver.problem());
        assertTrue(driver.status().contains(": connected · serving 2 nodes of whitelist.yml · 3 sessions"),
                driver.status());
        assertEquals("Dropped packets: none", driver.view().dropsLabel().getText());
        assertEquals(List.of("SECURED", "DONE"), cells(SECURED_UID, SessionColumn.METHOD, SessionColumn.STATE));
        assertEquals(List.of("not listed", "DONE"), cells(STRANGER_UID, SessionColumn.METHOD, SessionColumn.STATE));
        assertFalse(driver.view().actions().start().isEnabled());
        driver.screenshotMaximized("provisioning-sessions.png");
    }

    @Test
    void aWrongWhitelistIsRefusedOnReloadAndTheServerKeepsItsOwn() throws Exception {
        driver.view().start(whitelistFile);
        driver.waitUntil("the server runs", () -> driver.view().actions().reload().isEnabled());

        driver.editWhitelist(WRONG_WHITELIST, "provisioning-edit-wrong-whitelist.png");
        assertEquals(WRONG_WHITELIST, Files.readString(whitelistFile, StandardCharsets.UTF_8));
        driver.view().actions().reload().run();

        assertTrue(driver.problem().startsWith("Reload failed; the server keeps its whitelist of 2 nodes. "
                + "whitelist entry '0x55 0x4E 0x53': unknown key colour"), driver.problem());
        assertTrue(driver.view().server().state().running());
        assertEquals(2, driver.view().server().state().whitelistSize());
        driver.waitUntil("the nodes provisioned with the whitelist the server kept",
                () -> outcome(SECURED_UID).startsWith("SUCCESS") && outcome(UNSECURED_UID).startsWith("SUCCESS"));
        driver.screenshotMaximized("provisioning-reload-refused.png");

        Files.writeString(whitelistFile, WHITELIST.substring(0, WHITELIST.indexOf("0x55 0x4E 0x53:")));
        driver.view().actions().reload().run();
        assertEquals("", driver.problem());
        assertEquals(1, driver.view().server().state().whitelistSize());
    }

    @Test
    void theServerStopsWhenTheWorkbenchConnectionCloses() {
        driver.view().start(whitelistFile);

        simulation.closeConnection();

        driver.waitUntil("the server stopped", () -> driver.status().startsWith("Not connected · server stopped"));
        assertEquals("The workbench connection closed, so the provisioning server stopped.", driver.problem());
        assertFalse(driver.view().actions().start().isEnabled());
        driver.view().start(whitelistFile);
        assertTrue(driver.problem().startsWith("Not connected: connect the workbench first"), driver.problem());
    }

    private String outcome(String uid) {
        return cells(uid, SessionColumn.OUTCOME).stream().findFirst().orElse("");
    }

    /** @return the cells of the first row of a UID, in the order of the columns asked, or none */
    private List<String> cells(String uid, SessionColumn... columns) {
        return driver.rows().stream().filter(row -> row.get(SessionColumn.UID.ordinal()).equals(uid)).findFirst()
                .map(row -> Arrays.stream(columns).map(column -> row.get(column.ordinal())).toList())
                .orElse(List.of());
    }

    private static String hex(String uid) {
        return Bytes.of(uid.getBytes(StandardCharsets.US_ASCII)).toHex();
    }
}
