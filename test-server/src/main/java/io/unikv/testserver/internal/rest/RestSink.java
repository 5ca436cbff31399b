package io.unikv.testserver.internal.rest;

import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.ReplySink;

/**
 * The sink of an ephemeral REST client. Replies come back from
 * {@link io.unikv.testserver.internal.engine.Engine#dispatch dispatch} directly: such a
 * client never blocks or subscribes, so nothing arrives here later. It records what the
 * engine asks of the connection: a dropped connection (fault injection) or a close
 * (CLIENT KILL). Engine thread only.
 *
 * @author unikv authors
 */
final class RestSink implements ReplySink {

    private boolean dropped;

    private boolean closeRequested;

    @Override
    public void send(Reply reply) {
        // Nothing is pushed to a REST client: see the class comment.
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        this.closeRequested = true;
    }

    @Override
    public void drop() {
        this.dropped = true;
    }

    boolean dropped() {
        return this.dropped;
    }

    boolean closeRequested() {
        return this.closeRequested;
    }

}
