package org.meshbench.simulator.internal.sink;

import java.time.Instant;
import java.util.Optional;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.protocol.value.ScratchpadInfo;
import org.meshbench.protocol.value.ScratchpadStatus;
import org.meshbench.protocol.value.ScratchpadType;
import org.meshbench.protocol.value.TargetScratchpadAndAction;

/**
 * The scratchpad area of one sink: BLANK → (upload) PRESENT/NEW → (process) PROCESS → (reboot)
 * PRESENT/SUCCESS, with the processed scratchpad updated. Not thread-safe.
 */
public final class ScratchpadStore {

    private static final ScratchpadInfo NONE = new ScratchpadInfo(0, 0, 0);

    private final ChunkAssembly chunks = new ChunkAssembly();
    private ScratchpadInfo stored = NONE;
    private ScratchpadType type = ScratchpadType.BLANK;
    private ScratchpadStatus status = ScratchpadStatus.SUCCESS;
    private ScratchpadInfo processed = NONE;
    private TargetScratchpadAndAction target = TargetScratchpadAndAction.of(ScratchpadAction.NO_OTAP);
    private Instant processAt;

    /** @return the stored scratchpad, or empty when the area is blank */
    public Optional<ScratchpadInfo> stored() {
        return type == ScratchpadType.BLANK ? Optional.empty() : Optional.of(stored);
    }

    /** @return length, CRC and sequence of the stored scratchpad (zeros when blank) */
    public ScratchpadInfo storedInfo() {
        return stored;
    }

    /** @return BLANK, PRESENT or PROCESS */
    public ScratchpadType type() {
        return type;
    }

    /** @return NEW until the stored scratchpad is processed, then SUCCESS */
    public ScratchpadStatus status() {
        return status;
    }

    /** @return the scratchpad the running firmware came from */
    public ScratchpadInfo processed() {
        return processed;
    }

    /** @return the OTAP target and action */
    public TargetScratchpadAndAction target() {
        return target;
    }

    /** @param value the new OTAP target and action */
    public void target(TargetScratchpadAndAction value) {
        this.target = value;
    }

    /** Erases the stored scratchpad and any upload in progress. */
    public void clear() {
        chunks.reset();
        stored = NONE;
        type = ScratchpadType.BLANK;
        status = ScratchpadStatus.SUCCESS;
        processAt = null;
    }

    /**
     * @param seq   the sequence
     * @param image the whole image
     */
    void store(long seq, byte[] image) {
        chunks.reset();
        stored = new ScratchpadInfo(image.length, Crc16.of(image), seq);
        type = ScratchpadType.PRESENT;
        status = ScratchpadStatus.NEW;
        processAt = null;
    }

    ChunkAssembly chunks() {
        return chunks;
    }

    /**
     * @param due when the sink will have rebooted into the new firmware
     * @return OK, or NO_SCRATCHPAD_PRESENT when the area is blank
     */
    public ResultCode markForProcessing(Instant due) {
        if (type == ScratchpadType.BLANK) {
            return ResultCode.NO_SCRATCHPAD_PRESENT;
        }
        type = ScratchpadType.PROCESS;
        processAt = due;
        return ResultCode.OK;
    }

    /**
     * @param now the current time
     * @return whether the sink finished processing now (and so runs new firmware)
     */
    public boolean finishProcessingIfDue(Instant now) {
        if (processAt == null || now.isBefore(processAt)) {
            return false;
        }
        processAt = null;
        processed = stored;
        type = ScratchpadType.PRESENT;
        status = ScratchpadStatus.SUCCESS;
        return true;
    }
}
