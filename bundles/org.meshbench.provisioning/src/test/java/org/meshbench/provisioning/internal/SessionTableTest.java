package org.meshbench.provisioning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.FrameHeader;
import org.meshbench.provisioning.MalformedFrameException;
import org.meshbench.provisioning.NackReason;
import org.meshbench.provisioning.ProvisioningData;
import org.meshbench.provisioning.ProvisioningFrame;
import org.meshbench.provisioning.ProvisioningMethod;
import org.meshbench.provisioning.ProvisioningNode;
import org.meshbench.provisioning.Vectors;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.WhitelistEntry;
import org.meshbench.provisioning.server.DropReason;
import org.meshbench.provisioning.server.ProvisioningOptions;
import org.meshbench.provisioning.server.ProvisioningSession;
import org.meshbench.provisioning.server.SessionKey;
import org.meshbench.provisioning.server.SessionOutcome;
import org.meshbench.provisioning.server.SessionState;

class SessionTableTest {

    private static final SinkRef SINK = new SinkRef("gw", "sink0");
    private static final SinkRef OTHER_SINK = new SinkRef("gw2", "sink1");
    private static final long SOURCE = 0x123456;
    private static final Bytes SECURED_UID = Vectors.hex("5345");
    private static final Bytes UNSECURED_UID = Vectors.hex("5055");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final SessionKey KEY = new SessionKey(SOURCE, Vectors.HEADER);

    private final Recorder effects = new Recorder();
    private SessionTable table;

    @BeforeEach
    void createTable() {
        ProvisioningData data = ProvisioningData.fromCbor(Vectors.EXAMPLE_CBOR);
        Whitelist whitelist = Whitelist.of(List.of(
                new WhitelistEntry(SECURED_UID, ProvisioningMethod.SECURED, Optional.of(Vectors.FACTORY_KEY), data),
                new WhitelistEntry(UNSECURED_UID, ProvisioningMethod.UNSECURED, Optional.empty(), data)));
        table = new SessionTable(whitelist, new ProvisioningOptions(1, TIMEOUT, 2),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), new SplittableRandom(1), effects);
    }

    @Test
    void securedNodeIsProvisioned() throws MalformedFrameException {
        ProvisioningNode node = node(SECURED_UID, ProvisioningMethod.SECURED);
        receive(node.start().encode());
        Send data = effects.lastSend();
        assertEquals(SINK, data.sink());
        assertEquals(SessionState.WAIT_DATA_SENT, session().state());
        table.sent(KEY, data.step(), null);
        assertEquals(SessionState.WAIT_RESPONSE, session().state());
        assertEquals(TIMEOUT, effects.delays.get(0));
        ProvisioningNode.Step step = node.receive(ProvisioningFrame.decode(data.frame()));
        assertEquals(ProvisioningData.fromCbor(Vectors.EXAMPLE_CBOR), step.provisioned().orElseThrow());
        receive(step.reply().orElseThrow().encode());
        assertEquals(Optional.of(SessionOutcome.SUCCESS), session().outcome());
        assertEquals(SECURED_UID, session().uid());
    }

    @Test
    void strangerAndWrongMethodAreRefused() throws MalformedFrameException {
        receive(node(Vectors.hex("99"), ProvisioningMethod.UNSECURED).start().encode());
        assertEquals(new ProvisioningFrame.Nack(Vectors.HEADER, NackReason.NOT_AUTHORIZED),
                ProvisioningFrame.decode(effects.lastSend().frame()));
        table.sent(KEY, effects.lastSend().step(), null);
        assertEquals(Optional.of(SessionOutcome.NOT_AUTHORIZED), session().outcome());

        FrameHeader second = new FrameHeader(Vectors.HEADER.nodeAddress(), 1);
        receive(new ProvisioningFrame.Start(second, 0, Vectors.IV, SECURED_UID).encode());
        assertEquals(new ProvisioningFrame.Nack(second, NackReason.METHOD_NOT_SUPPORTED),
                ProvisioningFrame.decode(effects.lastSend().frame()));
        receive(new ProvisioningFrame.Start(new FrameHeader(Vectors.HEADER.nodeAddress(), 2), 7, Vectors.IV,
                SECURED_UID).encode());
        assertEquals(NackReason.METHOD_NOT_SUPPORTED.code(), effects.lastSend().frame()[6]);
    }

    @Test
    void failedSendsAreRetriedOnceWithTheSameFrame() {
        receive(node(UNSECURED_UID, ProvisioningMethod.UNSECURED).start().encode());
        Send first = effects.lastSend();
        table.sent(KEY, first.step(), "SINK_TIMEOUT");
        Send second = effects.lastSend();
        assertEquals(Bytes.of(first.frame()), Bytes.of(second.frame()));
        table.sent(KEY, first.step(), null); // a late answer to the first attempt changes nothing
        assertEquals(SessionState.WAIT_DATA_SENT, session().state());
        table.sent(KEY, second.step(), "SINK_TIMEOUT");
        assertEquals(Optional.of(SessionOutcome.SEND_FAILED), session().outcome());
        assertEquals(2, effects.sends.size());
    }

    @Test
    void silentNodeTimesOutAfterOneMoreDataFrame() {
        receive(node(UNSECURED_UID, ProvisioningMethod.UNSECURED).start().encode());
        table.sent(KEY, effects.lastSend().step(), null);
        table.timedOut(KEY, effects.steps.get(0));
        assertEquals(SessionState.WAIT_DATA_SENT, session().state());
        table.sent(KEY, effects.lastSend().step(), null);
        table.timedOut(KEY, effects.steps.get(0)); // the first wait's timer firing late changes nothing
        assertEquals(SessionState.WAIT_RESPONSE, session().state());
        table.timedOut(KEY, effects.steps.get(1));
        assertEquals(Optional.of(SessionOutcome.NO_RESPONSE), session().outcome());
        assertEquals(2, effects.sends.size());
    }

    @Test
    void repeatedStartResendsTheSameDataAndTheNewestRouteWins() {
        ProvisioningNode node = node(SECURED_UID, ProvisioningMethod.SECURED);
        receive(node.start().encode());
        table.sent(KEY, effects.lastSend().step(), null);
        table.received(OTHER_SINK, SOURCE, 2000, Optional.of(Bytes.of(node.start().encode())));
        assertEquals(Bytes.of(effects.sends.get(0).frame()), Bytes.of(effects.lastSend().frame()));
        assertEquals(OTHER_SINK, effects.lastSend().sink());
        table.received(SINK, SOURCE, 500, Optional.of(Bytes.of(node.start().encode()))); // older copy
        assertEquals(OTHER_SINK, effects.lastSend().sink());
    }

    @Test
    void nodeNackEndsTheSession() {
        receive(node(UNSECURED_UID, ProvisioningMethod.UNSECURED).start().encode());
        receive(new ProvisioningFrame.Nack(Vectors.HEADER, NackReason.INVALID_KEY).encode());
        assertEquals(Optional.of(SessionOutcome.INVALID_KEY), session().outcome());
    }

    @Test
    void badInputIsDroppedWithAReason() {
        receive(new byte[] {1, 2, 3});
        receive(Vectors.bytes("09010203042a"));
        table.received(SINK, SOURCE, 1000, Optional.empty());
        receive(new ProvisioningFrame.DataAck(Vectors.HEADER).encode());
        receive(Vectors.SECURED_DATA);
        receive(node(Vectors.hex("99"), ProvisioningMethod.UNSECURED).start().encode());
        receive(new ProvisioningFrame.DataAck(Vectors.HEADER).encode()); // after the refusal
        table.sent(KEY, effects.lastSend().step(), null);
        receive(node(Vectors.hex("99"), ProvisioningMethod.UNSECURED).start().encode()); // after the end
        assertEquals(List.of(DropReason.TRUNCATED, DropReason.MALFORMED, DropReason.NO_PAYLOAD, DropReason.NO_SESSION,
                DropReason.NOT_FROM_NODE, DropReason.OUT_OF_ORDER, DropReason.REPLAYED), effects.drops);
        assertEquals(Optional.of(SessionOutcome.NOT_AUTHORIZED), session().outcome());
    }

    @Test
    void onlyTheNewestFinishedSessionsAreKept() {
        for (int id = 0; id < 4; id++) {
            receive(new ProvisioningFrame.Start(new FrameHeader(Vectors.HEADER.nodeAddress(), id), 0, Vectors.IV,
                    Vectors.hex("99")).encode());
            table.sent(new SessionKey(SOURCE, new FrameHeader(Vectors.HEADER.nodeAddress(), id)),
                    effects.lastSend().step(), null);
        }
        assertEquals(List.of(2, 3), table.sessions().stream().map(s -> s.key().sessionId()).toList());
        assertTrue(table.sessions().stream().allMatch(s -> s.state() == SessionState.DONE));
    }

    private static ProvisioningNode node(Bytes uid, ProvisioningMethod method) {
        return new ProvisioningNode(uid, method, method == ProvisioningMethod.SECURED
                ? Optional.of(Vectors.FACTORY_KEY) : Optional.empty(), Vectors.HEADER, Vectors.IV);
    }

    private void receive(byte[] frame) {
        table.received(SINK, SOURCE, 1000, Optional.of(Bytes.of(frame)));
    }

    private ProvisioningSession session() {
        return table.sessions().stream().filter(s -> s.key().equals(KEY)).findFirst().orElseThrow();
    }

    private record Send(long step, SinkRef sink, byte[] frame) {
    }

    private static final class Recorder implements SessionEffects {
        final List<Send> sends = new ArrayList<>();
        final List<Long> steps = new ArrayList<>();
        final List<Duration> delays = new ArrayList<>();
        final List<DropReason> drops = new ArrayList<>();

        @Override
        public void send(SessionKey key, long step, SinkRef sink, byte[] frame) {
            sends.add(new Send(step, sink, frame));
        }

        @Override
        public void schedule(SessionKey key, long step, Duration delay) {
            steps.add(step);
            delays.add(delay);
        }

        @Override
        public void changed(ProvisioningSession session) {
            // the table's snapshots are read directly
        }

        @Override
        public void dropped(DropReason reason, String detail) {
            drops.add(reason);
        }

        Send lastSend() {
            return sends.get(sends.size() - 1);
        }
    }
}
