package org.meshbench.provisioning.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbench.network.SinkRef;
import org.meshbench.network.testing.FakeNetworkClient;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.ProvisioningFrame;
import org.meshbench.provisioning.WhitelistException;
import org.meshbench.provisioning.server.DropReason;

class ServerControlTest {

    /** Not YAML of a whitelist: a list where the UIDs should be. */
    private static final String NOT_A_WHITELIST = "- just a list\n";

    @TempDir
    Path folder;
    private final FakeNetworkClient client = new FakeNetworkClient();
    private final Semaphore changes = new Semaphore(0);
    private final ServerControl control = new ServerControl(changes::release);
    private Path file;

    @BeforeEach
    void writeWhitelist() throws IOException {
        file = Files.writeString(folder.resolve("nodes.yml"), Sessions.WHITELIST);
    }

    @AfterEach
    void stop() {
        control.close();
    }

    @Test
    void startsOnTheClientAndTellsOfDrops() throws Exception {
        control.start(client, file);

        assertTrue(control.state().running());
        assertEquals(Optional.of(file), control.state().file());
        assertEquals(1, control.state().whitelistSize());
        client.publish(FakeNetworkClient.uplink(new SinkRef("gw", "sink0"), 1, 0x42, ProvisioningFrame.NODE_ENDPOINT,
                ProvisioningFrame.SERVER_ENDPOINT, Bytes.of(new byte[] {ProvisioningFrame.START}), 1));
        assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "a drop is a change");
        assertEquals(Map.of(DropReason.TRUNCATED, 1L), control.state().drops());
    }

    @Test
    void aWrongFileStartsNothing() throws IOException {
        Files.writeString(file, NOT_A_WHITELIST);

        assertThrows(WhitelistException.class, () -> control.start(client, file));
        assertFalse(control.state().running());
        assertEquals(0, client.dataListenerCount());
    }

    @Test
    void aWrongReloadKeepsTheWhitelistAndAGoodOneReplacesIt() throws Exception {
        control.start(client, file);
        Files.writeString(file, NOT_A_WHITELIST);

        assertThrows(WhitelistException.class, control::reload);
        assertEquals(1, control.state().whitelistSize());

        Files.writeString(file, Sessions.WHITELIST + Sessions.WHITELIST.replace("UNS:", "UNS2:"));
        assertEquals(2, control.reload().entries().size());
        assertEquals(2, control.state().whitelistSize());
    }

    @Test
    void stopsWhenItsConnectionGoesAndKeepsItsState() throws Exception {
        control.start(client, file);

        assertFalse(control.follow(Optional.of(client)));
        assertTrue(control.follow(Optional.empty()));

        assertFalse(control.state().running());
        assertEquals(Optional.of(file), control.state().file());
        assertEquals(0, client.dataListenerCount());
        assertThrows(IllegalStateException.class, control::reload);
    }
}
