package org.meshbench.provisioning.internal;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.NackReason;
import org.meshbench.provisioning.ProvisioningFrame;
import org.meshbench.provisioning.ProvisioningMethod;
import org.meshbench.provisioning.WhitelistEntry;
import org.meshbench.provisioning.server.DropReason;
import org.meshbench.provisioning.server.ProvisioningSession;
import org.meshbench.provisioning.server.SessionKey;
import org.meshbench.provisioning.server.SessionOutcome;
import org.meshbench.provisioning.server.SessionState;

/**
 * The server side of one session: answers START with DATA or NACK, sends again on failure or
 * silence while retries last, ends on DATA_ACK, NACK or the last timeout. Each send and wait has a
 * step number, so a late answer to an earlier step changes nothing. Not thread-safe: the
 * {@link SessionTable} serializes calls.
 */
final class Session {

    private final SessionKey key;
    private final SessionTable.Context context;
    private final Instant started;
    private ProvisioningFrame.Start start;
    private SinkRef sink;
    private long sinkTxTime;
    private SessionState state;
    private SessionOutcome refusal;
    private String refusalReason;
    private SessionOutcome outcome;
    private String detail = "";
    private byte[] pending;
    private int retriesLeft;
    private long step;
    private Instant updated;

    Session(SessionKey key, SessionTable.Context context, SinkRef sink, long txTime) {
        this.key = key;
        this.context = context;
        this.started = context.now();
        this.sink = sink;
        this.sinkTxTime = txTime;
    }

    /** Later frames take over the route only when they left the node later (gateways may deliver out of order). */
    void heardThrough(SinkRef from, long txTime) {
        if (txTime >= sinkTxTime) {
            sink = from;
            sinkTxTime = txTime;
        }
    }

    void received(ProvisioningFrame frame) {
        switch (frame) {
            case ProvisioningFrame.Start again -> start(again);
            case ProvisioningFrame.DataAck ack -> answered(ack, SessionOutcome.SUCCESS, "node acknowledged DATA");
            case ProvisioningFrame.Nack nack -> answered(nack, SessionOutcome.of(nack.reason()),
                    "node answered NACK " + nack.reason());
            case ProvisioningFrame.Data data -> context.effects().dropped(DropReason.NOT_FROM_NODE, describe(data));
        }
    }

    private void start(ProvisioningFrame.Start frame) {
        if (state == SessionState.DONE || state == SessionState.WAIT_NACK_SENT) {
            context.effects().dropped(DropReason.REPLAYED, describe(frame));
            return;
        }
        if (start != null && start.equals(frame)) {
            // The node did not hear DATA yet; the same bytes again, since a new counter with the same IV
            // would reuse key stream blocks for other plaintext blocks.
            retriesLeft = context.options().retries();
            send(state == SessionState.WAIT_RESPONSE ? SessionState.WAIT_DATA_SENT : state, "START again, DATA resent");
            return;
        }
        start = frame;
        retriesLeft = context.options().retries();
        Optional<WhitelistEntry> entry = context.whitelist().entry(frame.uid());
        if (entry.isEmpty()) {
            refuse(NackReason.NOT_AUTHORIZED, "UID not in the whitelist");
        } else if (ProvisioningMethod.of(frame.methodCode()).filter(entry.get().method()::equals).isEmpty()) {
            refuse(NackReason.METHOD_NOT_SUPPORTED, "node asks for method " + frame.methodCode()
                    + ", the whitelist for " + entry.get().method());
        } else {
            pending = data(entry.get(), frame, context.nextCounter()).encode();
            send(SessionState.WAIT_DATA_SENT, "DATA sent to the gateway (" + entry.get().method() + ")");
        }
    }

    private static ProvisioningFrame.Data data(WhitelistEntry entry, ProvisioningFrame.Start start, int counter) {
        byte[] cbor = entry.data().toCbor();
        return entry.factoryKey().map(key -> key.seal(start.header(), counter, start.iv(), cbor))
                .orElseGet(() -> new ProvisioningFrame.Data(start.header(), ProvisioningMethod.UNSECURED.code(),
                        counter, Bytes.of(cbor)));
    }

    private void refuse(NackReason reason, String why) {
        refusal = SessionOutcome.of(reason);
        refusalReason = why;
        pending = new ProvisioningFrame.Nack(start.header(), reason).encode();
        send(SessionState.WAIT_NACK_SENT, why + ", NACK " + reason + " sent to the gateway");
    }

    private void answered(ProvisioningFrame frame, SessionOutcome result, String what) {
        if (state == SessionState.DONE) {
            context.effects().dropped(DropReason.REPLAYED, describe(frame));
        } else if (state == SessionState.WAIT_NACK_SENT) {
            context.effects().dropped(DropReason.OUT_OF_ORDER, describe(frame) + " after the server refused");
        } else {
            finish(result, what); // also while waiting for send_data: the node may answer before the gateway does
        }
    }

    void sent(long sendStep, String failure) {
        if (sendStep != step || state == SessionState.DONE) {
            return;
        }
        if (failure != null) {
            retry(SessionOutcome.SEND_FAILED, "gateway did not send: " + failure);
        } else if (state == SessionState.WAIT_NACK_SENT) {
            finish(refusal, refusalReason + ", NACK sent");
        } else {
            step++;
            context.effects().schedule(key, step, context.options().responseTimeout());
            update(SessionState.WAIT_RESPONSE, "DATA sent, waiting for the node");
        }
    }

    void timedOut(long timerStep) {
        if (timerStep == step && state == SessionState.WAIT_RESPONSE) {
            retry(SessionOutcome.NO_RESPONSE, "no answer from the node");
        }
    }

    private void retry(SessionOutcome failed, String why) {
        if (retriesLeft == 0) {
            finish(failed, why);
            return;
        }
        retriesLeft--;
        send(state == SessionState.WAIT_NACK_SENT ? SessionState.WAIT_NACK_SENT : SessionState.WAIT_DATA_SENT,
                why + ", sent again");
    }

    private void send(SessionState next, String what) {
        step++;
        update(next, what);
        context.effects().send(key, step, sink, pending);
    }

    private void finish(SessionOutcome result, String what) {
        step++;
        outcome = result;
        update(SessionState.DONE, what);
    }

    private void update(SessionState next, String what) {
        state = next;
        detail = what;
        updated = context.now();
        context.effects().changed(snapshot());
    }

    boolean done() {
        return state == SessionState.DONE;
    }

    ProvisioningSession snapshot() {
        return new ProvisioningSession(key, start == null ? Bytes.empty() : start.uid(), sink, state,
                Optional.ofNullable(outcome), detail, started, updated == null ? started : updated);
    }

    private String describe(ProvisioningFrame frame) {
        return frame.getClass().getSimpleName() + " " + HexFormat.of().formatHex(frame.encode()) + " from " + key;
    }
}
