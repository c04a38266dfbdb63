package org.meshbench.decoders.internal.registry;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.meshbench.decoders.DecodeError;
import org.meshbench.decoders.DecodeError.Kind;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.DecoderSelection;
import org.meshbench.decoders.EncodeException;
import org.meshbench.decoders.PacketContext;

/** Calls decoders and encoders in isolation and turns every failure into an error value. */
final class DecoderInvoker {

    private final IsolatedRunner runner;
    private final FaultHandler faults;
    private final Duration budget;

    DecoderInvoker(IsolatedRunner runner, FaultHandler faults, Duration budget) {
        this.runner = runner;
        this.faults = faults;
        this.budget = budget;
    }

    DecodeOutcome decode(DecoderDescriptor descriptor, DecoderSelection selection, byte[] payload,
            PacketContext context) {
        DecodeError error;
        try {
            DecodedPacket packet = runner.call(() -> descriptor.decoder().decode(payload.clone(), context));
            Optional<String> problem = ResultValidator.check(packet, payload.length);
            if (problem.isEmpty()) {
                descriptor.recordHealthyCall();
                return DecodeOutcome.decoded(payload, context, selection, packet);
            }
            error = fault(descriptor, Kind.INVALID_RESULT, problem.get(), null);
        } catch (ExecutionException e) {
            error = decodeFailure(descriptor, e.getCause(), payload.length);
        } catch (TimeoutException e) {
            error = fault(descriptor, Kind.TIMEOUT, "decoder ran past its budget of "
                    + budget.toMillis() + " ms", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = faults.error(descriptor, Kind.DECODER_FAILURE, "decoding was interrupted",
                    DecodedField.NO_OFFSET);
        }
        return DecodeOutcome.failed(payload, context, selection, error);
    }

    byte[] encode(DecoderDescriptor descriptor, Map<String, Object> fields) throws EncodeException {
        if (descriptor.declaration().encoderClass().isEmpty()) {
            throw new EncodeException("decoder " + descriptor.id() + " has no encoder");
        }
        Map<String, Object> input = Collections.unmodifiableMap(new HashMap<>(fields));
        try {
            byte[] payload = runner.call(() -> descriptor.encoder().encode(input));
            if (payload == null) {
                fault(descriptor, Kind.INVALID_RESULT, "encoder returned null", null);
                throw new EncodeException("the encoder of " + descriptor.id() + " returned nothing");
            }
            descriptor.recordHealthyCall();
            return payload.clone();
        } catch (ExecutionException e) {
            throw encodeFailure(descriptor, e.getCause());
        } catch (TimeoutException e) {
            fault(descriptor, Kind.TIMEOUT, "encoder ran past its budget of " + budget.toMillis() + " ms", null);
            throw new EncodeException("the encoder of " + descriptor.id() + " did not finish in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EncodeException("encoding was interrupted", e);
        }
    }

    private DecodeError decodeFailure(DecoderDescriptor descriptor, Throwable cause, int payloadLength) {
        if (cause instanceof DecodeException malformed) {
            // The decoder did its job: the payload is bad, the decoder is healthy.
            descriptor.recordHealthyCall();
            int offset = malformed.offset();
            boolean inside = offset >= 0 && offset <= payloadLength;
            return faults.error(descriptor, Kind.MALFORMED_PAYLOAD, malformed.getMessage(),
                    inside ? offset : DecodedField.NO_OFFSET);
        }
        String message = cause instanceof ContributionException
                ? cause.getMessage() : "decoder threw " + cause;
        return fault(descriptor, Kind.DECODER_FAILURE, message, cause);
    }

    private EncodeException encodeFailure(DecoderDescriptor descriptor, Throwable cause) {
        if (cause instanceof EncodeException invalidInput) {
            descriptor.recordHealthyCall();
            return invalidInput;
        }
        String message = cause instanceof ContributionException
                ? cause.getMessage() : "encoder threw " + cause;
        fault(descriptor, Kind.DECODER_FAILURE, message, cause);
        return new EncodeException(message, cause);
    }

    private DecodeError fault(DecoderDescriptor descriptor, Kind kind, String message, Throwable cause) {
        DecodeError error = faults.error(descriptor, kind, message, DecodedField.NO_OFFSET);
        faults.fault(descriptor, error, cause);
        return error;
    }
}
