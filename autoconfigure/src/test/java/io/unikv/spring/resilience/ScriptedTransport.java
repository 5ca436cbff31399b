package io.unikv.spring.resilience;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.unikv.transport.Reply;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import io.unikv.transport.Transport;

/**
 * A {@link Transport} for unit tests that answers every request with the outcome it was
 * last told to give and counts the requests that reached it.
 *
 * @author unikv authors
 */
final class ScriptedTransport implements Transport {

    private final AtomicInteger calls = new AtomicInteger();

    private volatile Supplier<CompletableFuture<Response>> outcome = () -> reply(Reply.Bulk.of("ok"));

    static CompletableFuture<Response> reply(Reply reply) {
        return CompletableFuture.completedFuture(new Response(List.of(reply), null));
    }

    void answer(Reply reply) {
        this.outcome = () -> reply(reply);
    }

    void fail(Supplier<? extends RuntimeException> failure) {
        this.outcome = () -> CompletableFuture.failedFuture(failure.get());
    }

    void throwOnSend(RuntimeException failure) {
        this.outcome = () -> {
            throw failure;
        };
    }

    int calls() {
        return this.calls.get();
    }

    @Override
    public CompletableFuture<Response> send(Request request) {
        this.calls.incrementAndGet();
        return this.outcome.get();
    }

    @Override
    public String description() {
        return "scripted";
    }

    @Override
    public void close() {
    }

}
