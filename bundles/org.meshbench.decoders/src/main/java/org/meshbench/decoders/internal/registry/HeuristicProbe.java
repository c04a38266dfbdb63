package org.meshbench.decoders.internal.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.meshbench.decoders.DecodeError.Kind;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.HeuristicDecoder;
import org.meshbench.decoders.PacketContext;

/**
 * Asks heuristic decoders whether they recognise a payload. All of them run in one isolated task
 * (one thread hand-over per packet, not one per decoder); a timeout is charged to the decoder
 * that was running when the budget ran out.
 */
final class HeuristicProbe {

    private final IsolatedRunner runner;
    private final FaultHandler faults;

    HeuristicProbe(IsolatedRunner runner, FaultHandler faults) {
        this.runner = runner;
        this.faults = faults;
    }

    /** @return ids of the decoders that said yes, in the order they were asked */
    List<String> accepting(List<DecoderDescriptor> candidates, byte[] payload, PacketContext context) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<String> accepted = new CopyOnWriteArrayList<>();
        List<Failure> failures = new CopyOnWriteArrayList<>();
        AtomicReference<DecoderDescriptor> running = new AtomicReference<>();
        try {
            runner.call(() -> {
                for (DecoderDescriptor candidate : candidates) {
                    running.set(candidate);
                    ask(candidate, payload, context, accepted, failures);
                }
                running.set(null);
                return null;
            });
        } catch (TimeoutException e) {
            DecoderDescriptor stuck = running.get();
            if (stuck != null) {
                failures.add(new Failure(stuck, Kind.TIMEOUT, "canDecode ran past its time budget", null));
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("heuristic task failed outside a decoder", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failures.forEach(f -> faults.fault(f.decoder(),
                faults.error(f.decoder(), f.kind(), f.message(), DecodedField.NO_OFFSET), f.cause()));
        return new ArrayList<>(accepted);
    }

    // Isolation boundary: whatever third-party code throws, including errors, is a fault to report.
    private static void ask(DecoderDescriptor candidate, byte[] payload, PacketContext context,
            List<String> accepted, List<Failure> failures) {
        try {
            Decoder decoder = candidate.decoder();
            if (!(decoder instanceof HeuristicDecoder heuristic)) {
                failures.add(new Failure(candidate, Kind.DECODER_FAILURE,
                        "declared as heuristic but does not implement HeuristicDecoder", null));
                return;
            }
            if (heuristic.canDecode(payload.clone(), context)) {
                accepted.add(candidate.id());
            }
            candidate.recordHealthyCall();
        } catch (ContributionException e) {
            failures.add(new Failure(candidate, Kind.DECODER_FAILURE, e.getMessage(), e));
        } catch (Throwable t) {
            failures.add(new Failure(candidate, Kind.DECODER_FAILURE, "canDecode threw " + t, t));
        }
    }

    private record Failure(DecoderDescriptor decoder, Kind kind, String message, Throwable cause) {
    }
}
