package org.meshbench.network.internal.requests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The requests waiting for responses, at most {@code capacity}, plus a bounded memory of the ids
 * of requests given up (timed out or aborted), so that their late responses can be recognised.
 * Thread-safe.
 */
final class PendingRequests {
    private final Map<Long, PendingRequest> pending = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> abandoned;
    private final int capacity;

    PendingRequests(int capacity, int abandonedMemory) {
        this.capacity = capacity;
        this.abandoned = new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                return size() > abandonedMemory;
            }
        };
    }

    /** @return false if the capacity is reached */
    synchronized boolean add(PendingRequest request) {
        if (pending.size() >= capacity) {
            return false;
        }
        pending.put(request.id, request);
        return true;
    }

    PendingRequest get(long id) {
        return pending.get(id);
    }

    /** @return whether this caller removed it and so must complete it */
    boolean remove(PendingRequest request) {
        return pending.remove(request.id, request);
    }

    /** @return every pending request, removed */
    synchronized List<PendingRequest> removeAll() {
        List<PendingRequest> all = new ArrayList<>();
        for (PendingRequest request : pending.values()) {
            if (remove(request)) {
                all.add(request);
            }
        }
        return all;
    }

    void rememberAbandoned(long id) {
        synchronized (abandoned) {
            abandoned.put(id, Boolean.TRUE);
        }
    }

    boolean wasAbandoned(long id) {
        synchronized (abandoned) {
            return abandoned.containsKey(id);
        }
    }

    int size() {
        return pending.size();
    }
}
