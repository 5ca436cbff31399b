package io.unikv.transport.region;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.unikv.transport.Request;
import io.unikv.transport.Response;
import io.unikv.transport.Transport;

/**
 * A transport that counts the requests (round trips) it forwards.
 *
 * @author unikv authors
 */
final class CountingTransport implements Transport {

    private final Transport delegate;

    private final AtomicInteger requests = new AtomicInteger();

    CountingTransport(Transport delegate) {
        this.delegate = delegate;
    }

    int requests() {
        return this.requests.get();
    }

    @Override
    public CompletableFuture<Response> send(Request request) {
        this.requests.incrementAndGet();
        return this.delegate.send(request);
    }

    @Override
    public boolean issuesSyncTokens() {
        return this.delegate.issuesSyncTokens();
    }

    @Override
    public boolean clustered() {
        return this.delegate.clustered();
    }

    @Override
    public String description() {
        return this.delegate.description();
    }

    @Override
    public void close() {
        this.delegate.close();
    }

}
