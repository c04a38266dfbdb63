package org.meshbench.decoders.internal.registry;

import java.lang.System.Logger.Level;
import java.util.function.Function;
import org.meshbench.decoders.DecodeError;
import org.meshbench.decoders.DecoderEvent;
import org.meshbench.decoders.DecoderInfo;

/**
 * Logs a decoder fault with the contributing plug-in's id, tells listeners, and disables the
 * decoder once it has failed too many times in a row.
 */
final class FaultHandler {

    private final System.Logger logger;
    private final EventDispatcher events;
    private final Function<DecoderDescriptor, DecoderInfo> info;
    private final int maxConsecutiveFaults;

    FaultHandler(System.Logger logger, EventDispatcher events,
            Function<DecoderDescriptor, DecoderInfo> info, int maxConsecutiveFaults) {
        this.logger = logger;
        this.events = events;
        this.info = info;
        this.maxConsecutiveFaults = maxConsecutiveFaults;
    }

    /**
     * @param descriptor the decoder that misbehaved
     * @param error what happened
     * @param cause the exception, or {@code null}
     */
    void fault(DecoderDescriptor descriptor, DecodeError error, Throwable cause) {
        logger.log(Level.WARNING, "decoder " + descriptor.id() + " from plug-in "
                + descriptor.contributorId() + ": " + error.message(), cause);
        int faults = descriptor.recordFault();
        events.fire(new DecoderEvent.DecoderFaulted(info.apply(descriptor), error));
        if (faults < maxConsecutiveFaults) {
            return;
        }
        String reason = faults + " consecutive faults; last: " + error.message();
        if (descriptor.disableIfEnabled(reason)) {
            logger.log(Level.ERROR, "decoder " + descriptor.id() + " from plug-in "
                    + descriptor.contributorId() + " disabled after " + reason);
            events.fire(new DecoderEvent.DecoderDisabled(info.apply(descriptor), reason));
        }
    }

    DecodeError error(DecoderDescriptor descriptor, DecodeError.Kind kind, String message, int offset) {
        return new DecodeError(kind, message, offset, descriptor.id(), descriptor.contributorId());
    }
}
