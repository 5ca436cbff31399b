package io.unikv.internal;

import java.util.concurrent.atomic.LongAdder;

import io.unikv.transport.PipelineStats;
import io.unikv.transport.Request;

/**
 * The counters behind a transport's {@link PipelineStats}. Thread-safe and cheap on the
 * hot path (striped adders).
 *
 * @author unikv authors
 */
public final class PipelineCounters {

    private final LongAdder requests = new LongAdder();

    private final LongAdder commands = new LongAdder();

    private final LongAdder pipelines = new LongAdder();

    private final LongAdder transactions = new LongAdder();

    private final LongAdder batches = new LongAdder();

    private final LongAdder batchedCommands = new LongAdder();

    /**
     * Count a request given to the transport.
     * @param request the request
     */
    public void request(Request request) {
        this.requests.increment();
        this.commands.add(request.commands().size());
        if (request.mode() == Request.Mode.PIPELINE) {
            this.pipelines.increment();
        }
        else if (request.mode() == Request.Mode.TRANSACTION) {
            this.transactions.increment();
        }
    }

    /**
     * Count a round trip that carried several single commands merged by auto-pipelining.
     * @param size how many commands it carried
     */
    public void autoPipelined(int size) {
        this.batches.increment();
        this.batchedCommands.add(size);
    }

    /**
     * Return a snapshot.
     * @return the statistics so far
     */
    public PipelineStats snapshot() {
        return new PipelineStats(this.requests.sum(), this.commands.sum(), this.pipelines.sum(),
                this.transactions.sum(), this.batches.sum(), this.batchedCommands.sum());
    }

}
