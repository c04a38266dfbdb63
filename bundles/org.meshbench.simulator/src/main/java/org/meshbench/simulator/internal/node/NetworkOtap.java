package org.meshbench.simulator.internal.node;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.meshbench.protocol.value.FirmwareVersion;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.protocol.value.ScratchpadInfo;
import org.meshbench.protocol.value.TargetScratchpadAndAction;

/**
 * OTAP state shared by all nodes of one network. Propagation is instant: once a sink holds the
 * target scratchpad and an action other than NO_OTAP is set, every node stores it; with a process
 * action every node processes it at the same moment and boots the new firmware. Not thread-safe.
 */
public final class NetworkOtap {

    /** Firmware area id the simulated nodes report. */
    public static final long FIRMWARE_AREA_ID = 0x0000_0002L;
    private static final ScratchpadInfo NONE = new ScratchpadInfo(0, 0, 0);

    private FirmwareVersion firmware;
    private ScratchpadInfo stored = NONE;
    private boolean storedProcessed = true;
    private ScratchpadInfo processed = NONE;
    private TargetScratchpadAndAction target = TargetScratchpadAndAction.of(ScratchpadAction.NO_OTAP);
    private Instant processAt;
    private int reboots;

    NetworkOtap(FirmwareVersion firmware) {
        this.firmware = firmware;
    }

    /**
     * @param newTarget      the target and action the sink was given
     * @param sinkStored     the scratchpad the sink holds, if any
     * @param now            the current time
     * @param processingTime how long propagation takes before an immediate process action
     */
    public void setTarget(TargetScratchpadAndAction newTarget, Optional<ScratchpadInfo> sinkStored, Instant now,
            Duration processingTime) {
        target = newTarget;
        processAt = null;
        ScratchpadAction action = newTarget.action();
        if (action == ScratchpadAction.NO_OTAP || action == ScratchpadAction.UNKNOWN_ACTION || sinkStored.isEmpty()) {
            return;
        }
        ScratchpadInfo image = sinkStored.get();
        boolean matches = newTarget.targetSequence().orElse(image.seq()) == image.seq()
                && newTarget.targetCrc().orElse(image.crc()) == image.crc();
        if (!matches || image.equals(processed)) {
            return;
        }
        if (!image.equals(stored)) {
            stored = image;
            storedProcessed = false;
        }
        switch (action) {
            case PROPAGATE_AND_PROCESS, LEGACY_OTAP -> processAt = now.plus(processingTime);
            case PROPAGATE_AND_PROCESS_WITH_DELAY -> processAt = now.plus(Duration.ofMinutes(delayMinutes()));
            default -> processAt = null;
        }
    }

    /**
     * Processes the stored scratchpad if its time has come.
     *
     * @param now the current time
     * @return whether the nodes processed it now (and so rebooted)
     */
    public boolean processIfDue(Instant now) {
        if (processAt == null || now.isBefore(processAt)) {
            return false;
        }
        processAt = null;
        if (storedProcessed) {
            return false;
        }
        processed = stored;
        storedProcessed = true;
        firmware = FirmwareVersions.next(firmware);
        reboots++;
        return true;
    }

    /** @return how many times the nodes rebooted into new firmware */
    public int reboots() {
        return reboots;
    }

    /** @return the firmware the nodes run */
    public FirmwareVersion firmware() {
        return firmware;
    }

    /**
     * @param now the current time
     * @return what a node reports now
     */
    public NodeOtapStatus status(Instant now) {
        long remaining = processAt == null ? 0 : (Math.max(0, Duration.between(now, processAt).toSeconds()) + 59) / 60;
        return new NodeOtapStatus(stored, stored.equals(NONE) ? NodeOtapStatus.TYPE_BLANK : NodeOtapStatus.TYPE_PRESENT,
                storedProcessed ? NodeOtapStatus.STATUS_SUCCESS : NodeOtapStatus.STATUS_NEW, processed,
                FIRMWARE_AREA_ID, firmware, NodeOtapStatus.actionCode(target.action()),
                target.targetSequence().orElse(stored.seq()), target.targetCrc().orElse(stored.crc()),
                delayMinutes(), remaining);
    }

    private long delayMinutes() {
        return ProcessingDelays.minutes(target);
    }
}
