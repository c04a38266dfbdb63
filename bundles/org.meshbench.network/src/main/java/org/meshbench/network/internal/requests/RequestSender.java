package org.meshbench.network.internal.requests;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import org.meshbench.network.ProblemKind;
import org.meshbench.network.RequestAbortedException;
import org.meshbench.network.RequestAbortedException.Reason;
import org.meshbench.network.RequestTimeoutException;
import org.meshbench.network.internal.dispatch.ClientRuntime;
import org.meshbench.protocol.EncodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.MessageIdGenerator;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.Request;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.topic.Topics;
import org.meshbench.transport.mqtt.ConnectionState;
import org.meshbench.transport.mqtt.MqttTransport;

/**
 * Publishes requests at MQTT QoS 2 and matches responses to them by request id. Every request is
 * released exactly once: by its response, its timeout, a lost connection or a failed publish.
 * Futures complete on the worker pool. Thread-safe.
 */
public final class RequestSender {
    private static final int REQUEST_QOS = 2;

    private final MqttTransport transport;
    private final GatewayCodec codec;
    private final MessageIdGenerator ids;
    private final ClientRuntime runtime;
    private final PendingRequests pending;
    private final BiConsumer<String, Request> sentObserver;

    /**
     * @param transport publishes the requests
     * @param ids makes request ids
     * @param runtime threads, clock and reporting
     * @param capacity requests that may wait at once
     * @param abandonedMemory given-up request ids remembered for late responses
     * @param sentObserver told of each published request with its gateway
     */
    public RequestSender(MqttTransport transport, MessageIdGenerator ids, ClientRuntime runtime, int capacity,
            int abandonedMemory, BiConsumer<String, Request> sentObserver) {
        this.transport = transport;
        this.codec = new GatewayCodec();
        this.ids = ids;
        this.runtime = runtime;
        this.pending = new PendingRequests(capacity, abandonedMemory);
        this.sentObserver = sentObserver;
    }

    /**
     * @param gatewayId the gateway
     * @param command the request's command
     * @param build makes the request for a fresh request id
     * @param timeout how long to wait for the response
     * @return the response, whatever its result code
     */
    public CompletableFuture<Response> send(String gatewayId, Command command, LongFunction<Request> build,
            Duration timeout) {
        if (transport.state() != ConnectionState.CONNECTED) {
            return failed(new RequestAbortedException(Reason.NOT_CONNECTED,
                    "not connected (" + transport.state() + "), " + command.topicName() + " not sent", null));
        }
        Request request = build.apply(ids.nextRequestId());
        EncodedMessage encoded = codec.encodeRequest(gatewayId, request);
        PendingRequest waiting = new PendingRequest(request.header().reqId(), gatewayId, command, timeout);
        if (!pending.add(waiting)) {
            return failed(new RequestAbortedException(Reason.TOO_MANY_PENDING,
                    pending.size() + " requests already wait for responses", null));
        }
        waiting.arm(runtime.scheduler().schedule(() -> expire(waiting), timeout.toNanos(), TimeUnit.NANOSECONDS));
        sentObserver.accept(gatewayId, request);
        runtime.counters().requestsSent.increment();
        transport.publish(encoded.topic(), encoded.payload().toByteArray(), REQUEST_QOS, false)
                .whenComplete((ignored, error) -> {
                    if (error != null) {
                        // A publish in flight when the connection drops fails too; say which it was.
                        Reason reason = transport.state() == ConnectionState.CONNECTED ? Reason.PUBLISH_FAILED
                                : Reason.CONNECTION_LOST;
                        abort(waiting, new RequestAbortedException(reason,
                                "publish to " + encoded.topic() + " failed: " + error.getMessage(), error));
                    }
                });
        return waiting.result;
    }

    private <T> CompletableFuture<T> failed(Throwable failure) {
        CompletableFuture<T> result = new CompletableFuture<>();
        runtime.complete(() -> result.completeExceptionally(failure));
        return result;
    }

    private void expire(PendingRequest request) {
        if (pending.remove(request)) {
            pending.rememberAbandoned(request.id);
            runtime.counters().requestsTimedOut.increment();
            runtime.complete(() -> request.result.completeExceptionally(
                    new RequestTimeoutException(request.gatewayId, request.command, request.id, request.timeout)));
        }
    }

    private void abort(PendingRequest request, RequestAbortedException failure) {
        if (pending.remove(request)) {
            request.settle();
            pending.rememberAbandoned(request.id);
            runtime.complete(() -> request.result.completeExceptionally(failure));
        }
    }

    /**
     * Completes the request a response answers; reports a late one.
     *
     * @param response a decoded response (unsolicited ones, request id 0, are ignored)
     */
    public void onResponse(Response response) {
        long id = response.header().reqId();
        if (id == 0) {
            return;
        }
        PendingRequest request = pending.get(id);
        if (request == null) {
            if (pending.wasAbandoned(id)) {
                runtime.counters().lateResponses.increment();
                runtime.problems().report(ProblemKind.LATE_RESPONSE, Topics.forResponse(response).path(),
                        "response to request " + Long.toUnsignedString(id) + " arrived after it was given up",
                        response);
            }
            return;
        }
        // Request ids are random, but any client may publish on any gateway's response topic.
        if (response.kind().command().orElseThrow() != request.command
                || !response.header().gwId().equals(request.gatewayId)) {
            runtime.problems().report(ProblemKind.MISMATCHED_RESPONSE, Topics.forResponse(response).path(),
                    "request " + Long.toUnsignedString(id) + " was " + request.command.topicName() + " to "
                            + request.gatewayId, response);
            return;
        }
        if (pending.remove(request)) {
            request.settle();
            runtime.complete(() -> request.result.complete(response));
        }
    }

    /**
     * Aborts every pending request.
     *
     * @param reason why
     * @param detail the explanation
     */
    public void abortAll(Reason reason, String detail) {
        for (PendingRequest request : pending.removeAll()) {
            request.settle();
            pending.rememberAbandoned(request.id);
            RequestAbortedException failure = new RequestAbortedException(reason,
                    request.command.topicName() + " to " + request.gatewayId + " aborted: " + detail, null);
            runtime.complete(() -> request.result.completeExceptionally(failure));
        }
    }

    /** @return requests waiting for a response now */
    public int pendingCount() {
        return pending.size();
    }
}
