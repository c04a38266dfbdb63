package org.meshbench.network;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.meshbench.protocol.value.ActionParameter;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ProcessingDelay;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.protocol.value.TargetScratchpadAndAction;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The OTAP steps on every sink of a {@link SinkSelection}: read scratchpad statuses, upload a
 * scratchpad, process it, set the target and action. Sinks are looked up at each call; every
 * operation runs on all sinks in parallel and reports one {@link SinkResult} per sink, in
 * {@link #sinks()} order, once all are settled. Thread-safe.
 */
@ProviderType
public interface OtapHelper {

    /** @return the sinks the selection includes now, sorted */
    List<Sink> sinks();

    /** @return the scratchpad status of every selected sink */
    CompletableFuture<List<SinkResult<ScratchpadStatusReport>>> scratchpadStatus();

    /**
     * @param seq the scratchpad sequence number
     * @param image the scratchpad image (chunked per gateway as {@link GatewayServices#uploadScratchpad} does)
     * @param progress told of each sink's progress, on the worker pool
     * @return one result per sink
     */
    CompletableFuture<List<SinkResult<Void>>> uploadScratchpad(long seq, Bytes image,
            Consumer<UploadProgress> progress);

    /** @return one result per sink */
    CompletableFuture<List<SinkResult<Void>>> processScratchpad();

    /**
     * @param target the target and action for every sink
     * @return one result per sink
     */
    CompletableFuture<List<SinkResult<Void>>> setTargetAndAction(TargetScratchpadAndAction target);

    /** @return one result per sink, after setting action NO_OTAP */
    default CompletableFuture<List<SinkResult<Void>>> setNoOtap() {
        return setTargetAndAction(TargetScratchpadAndAction.of(ScratchpadAction.NO_OTAP));
    }

    /**
     * @param seq target scratchpad sequence
     * @param crc target scratchpad CRC
     * @return one result per sink, after setting action PROPAGATE_ONLY
     */
    default CompletableFuture<List<SinkResult<Void>>> setPropagateOnly(long seq, long crc) {
        return setTargetAndAction(new TargetScratchpadAndAction(ScratchpadAction.PROPAGATE_ONLY,
                OptionalLong.of(seq), OptionalLong.of(crc), Optional.empty()));
    }

    /**
     * @param seq target scratchpad sequence
     * @param crc target scratchpad CRC
     * @return one result per sink, after setting action PROPAGATE_AND_PROCESS (process at once)
     */
    default CompletableFuture<List<SinkResult<Void>>> setPropagateAndProcess(long seq, long crc) {
        return setTargetAndAction(new TargetScratchpadAndAction(ScratchpadAction.PROPAGATE_AND_PROCESS,
                OptionalLong.of(seq), OptionalLong.of(crc), Optional.empty()));
    }

    /**
     * @param seq target scratchpad sequence
     * @param crc target scratchpad CRC
     * @param delay how long nodes wait before processing
     * @return one result per sink, after setting action PROPAGATE_AND_PROCESS_WITH_DELAY
     */
    default CompletableFuture<List<SinkResult<Void>>> setPropagateAndProcess(long seq, long crc,
            ProcessingDelay delay) {
        return setTargetAndAction(new TargetScratchpadAndAction(ScratchpadAction.PROPAGATE_AND_PROCESS_WITH_DELAY,
                OptionalLong.of(seq), OptionalLong.of(crc), Optional.of(new ActionParameter.Delay(delay))));
    }

    /**
     * @param seq target scratchpad sequence
     * @param crc target scratchpad CRC
     * @param rawDelay the delay as the raw parameter byte (bits 7-6 unit, bits 5-0 count)
     * @return one result per sink, after setting action PROPAGATE_AND_PROCESS_WITH_DELAY
     */
    default CompletableFuture<List<SinkResult<Void>>> setPropagateAndProcess(long seq, long crc, int rawDelay) {
        return setTargetAndAction(new TargetScratchpadAndAction(ScratchpadAction.PROPAGATE_AND_PROCESS_WITH_DELAY,
                OptionalLong.of(seq), OptionalLong.of(crc), Optional.of(new ActionParameter.Raw(rawDelay))));
    }
}
