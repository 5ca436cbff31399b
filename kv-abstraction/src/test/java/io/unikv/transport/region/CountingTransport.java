package io.unikv.transport.region;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.unikv.transport.ForwardingTransport;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import io.unikv.transport.Transport;

/**
 * A transport that counts the requests (round trips) it forwards.
 *
 * @author unikv authors
 */
final class CountingTransport extends ForwardingTransport {

    private final AtomicInteger requests = new AtomicInteger();

    CountingTransport(Transport delegate) {
        super(delegate);
    }

    int requests() {
        return this.requests.get();
    }

    @Override
    public CompletableFuture<Response> send(Request request) {
        this.requests.incrementAndGet();
        return super.send(request);
    }

}
