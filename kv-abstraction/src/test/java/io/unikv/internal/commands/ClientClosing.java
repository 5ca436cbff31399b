package io.unikv.internal.commands;

import java.util.concurrent.CompletableFuture;

import io.unikv.transport.Request;
import io.unikv.transport.Response;
import io.unikv.transport.Transport;

/**
 * A {@link Transport} that also shuts down the client it was made from when closed.
 *
 * @author unikv authors
 */
final class ClientClosing implements Transport {

    private final Transport delegate;

    private final Runnable shutdown;

    ClientClosing(Transport delegate, Runnable shutdown) {
        this.delegate = delegate;
        this.shutdown = shutdown;
    }

    @Override
    public CompletableFuture<Response> send(Request request) {
        return this.delegate.send(request);
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
        try {
            this.delegate.close();
        }
        finally {
            this.shutdown.run();
        }
    }

}
