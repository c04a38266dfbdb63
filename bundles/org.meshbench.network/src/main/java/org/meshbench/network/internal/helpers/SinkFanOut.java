package org.meshbench.network.internal.helpers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkResult;
import org.meshbench.network.SinkSelection;
import org.meshbench.network.internal.model.GatewayModel;

/** Runs one request per selected sink in parallel and gathers one result per sink. */
final class SinkFanOut {

    private SinkFanOut() {
    }

    static List<Sink> select(GatewayModel model, SinkSelection selection) {
        return model.onlineSinks().stream().filter(selection::includes).toList();
    }

    /**
     * @param sinks the sinks, in result order
     * @param request starts the request for one sink
     * @return completes, never exceptionally, when every request settled
     */
    static <T> CompletableFuture<List<SinkResult<T>>> run(List<Sink> sinks,
            Function<Sink, CompletableFuture<T>> request) {
        List<CompletableFuture<SinkResult<T>>> results = new ArrayList<>();
        for (Sink sink : sinks) {
            results.add(start(sink, request).handle((value, failure) -> failure == null
                    ? SinkResult.success(sink.ref(), value)
                    : SinkResult.<T>failure(sink.ref(), unwrap(failure))));
        }
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
                .thenApply(ignored -> results.stream().map(CompletableFuture::join).toList());
    }

    private static <T> CompletableFuture<T> start(Sink sink, Function<Sink, CompletableFuture<T>> request) {
        try {
            return request.apply(sink);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
