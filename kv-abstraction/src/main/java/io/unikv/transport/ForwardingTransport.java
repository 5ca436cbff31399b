package io.unikv.transport;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link Transport} that forwards everything to another one: the base for decorators
 * (observation, resilience, test doubles), so that a decorator overrides what it changes
 * and inherits the delegate's {@link #clustered()}, {@link #issuesSyncTokens()},
 * {@link #pubSub()}, pipeline statistics, description and closing.
 *
 * @author unikv authors
 */
public abstract class ForwardingTransport implements Transport {

    private final Transport delegate;

    /**
     * Wrap a transport.
     * @param delegate the transport to forward to
     */
    protected ForwardingTransport(Transport delegate) {
        this.delegate = delegate;
    }

    /**
     * Return the wrapped transport.
     * @return the delegate
     */
    protected final Transport delegate() {
        return this.delegate;
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
    public boolean issuesSyncTokens() {
        return this.delegate.issuesSyncTokens();
    }

    @Override
    public PipelineStats pipelineStats() {
        return this.delegate.pipelineStats();
    }

    @Override
    public Optional<TransportPubSub> pubSub() {
        return this.delegate.pubSub();
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
