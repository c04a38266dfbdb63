package org.meshbench.network.internal.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.meshbench.network.DownlinkEvent;
import org.meshbench.network.SinkRef;
import org.meshbench.network.internal.dispatch.ListenerSet;
import org.meshbench.protocol.message.SendDataRequest;
import org.meshbench.protocol.message.SendDataResponse;
import org.meshbench.protocol.value.ResultCode;

/**
 * Joins send_data requests (this client's, and other backends' seen on the broker) with their
 * responses. Both maps are bounded by a capacity and an age: a request without response is
 * reported unanswered when it ages out or is pushed out; a response that arrives before its
 * request (they come on different subscriptions) waits for it for the same time. Thread-safe.
 */
public final class DownlinkTracker {
    private record Tracked(SinkRef sink, SendDataRequest request, boolean ours, Instant time) {
    }

    private record EarlyResponse(ResultCode result, Instant time) {
    }

    private final Map<Long, Tracked> requests = new LinkedHashMap<>();
    private final Map<Long, EarlyResponse> earlyResponses = new LinkedHashMap<>();
    private final int capacity;
    private final Duration timeout;
    private final Clock clock;
    private final ListenerSet<DownlinkEvent> listeners;

    /**
     * @param capacity requests (and early responses) kept at most
     * @param timeout age after which a request is reported unanswered
     * @param clock the time source
     * @param listeners receive the joined events
     */
    public DownlinkTracker(int capacity, Duration timeout, Clock clock, ListenerSet<DownlinkEvent> listeners) {
        this.capacity = capacity;
        this.timeout = timeout;
        this.clock = clock;
        this.listeners = listeners;
    }

    /**
     * @param gatewayId the gateway
     * @param request a send_data request this client publishes
     */
    public void ownRequest(String gatewayId, SendDataRequest request) {
        track(new SinkRef(gatewayId, request.header().sinkId().orElseThrow()), request, true);
    }

    /**
     * @param sink where the request went
     * @param request a send_data request seen on the broker; this client's own echo is ignored
     */
    public void requestSeen(SinkRef sink, SendDataRequest request) {
        track(sink, request, false);
    }

    private synchronized void track(SinkRef sink, SendDataRequest request, boolean ours) {
        long id = request.header().reqId();
        if (listeners.isEmpty() || requests.containsKey(id)) {
            return;
        }
        Tracked tracked = new Tracked(sink, request, ours, clock.instant());
        EarlyResponse early = earlyResponses.remove(id);
        if (early != null) {
            emit(tracked, Optional.of(early.result()), Optional.of(early.time()));
            return;
        }
        if (requests.size() >= capacity) {
            Iterator<Tracked> oldest = requests.values().iterator();
            emit(oldest.next(), Optional.empty(), Optional.empty());
            oldest.remove();
        }
        requests.put(id, tracked);
    }

    /** @param response a send_data response, solicited by anyone */
    public synchronized void response(SendDataResponse response) {
        long id = response.header().reqId();
        if (listeners.isEmpty() || id == 0) {
            return;
        }
        Tracked tracked = requests.remove(id);
        if (tracked != null) {
            emit(tracked, Optional.of(response.header().res()), Optional.of(clock.instant()));
            return;
        }
        if (earlyResponses.size() >= capacity) {
            Iterator<EarlyResponse> oldest = earlyResponses.values().iterator();
            oldest.next();
            oldest.remove();
        }
        earlyResponses.put(id, new EarlyResponse(response.header().res(), clock.instant()));
    }

    /** Reports requests older than the timeout as unanswered and forgets stale early responses. */
    public synchronized void expire() {
        Instant cutoff = clock.instant().minus(timeout);
        for (Iterator<Tracked> it = requests.values().iterator(); it.hasNext();) {
            Tracked tracked = it.next();
            if (!tracked.time().isBefore(cutoff)) {
                break;
            }
            emit(tracked, Optional.empty(), Optional.empty());
            it.remove();
        }
        earlyResponses.values().removeIf(early -> early.time().isBefore(cutoff));
    }

    private void emit(Tracked tracked, Optional<ResultCode> result, Optional<Instant> responseTime) {
        listeners.publish(new DownlinkEvent(tracked.sink(), tracked.request(), tracked.ours(), tracked.time(),
                result, responseTime));
    }
}
