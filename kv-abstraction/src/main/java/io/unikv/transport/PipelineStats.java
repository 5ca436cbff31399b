package io.unikv.transport;

/**
 * How a transport has sent requests since it was created: how many requests and commands
 * it was given, how many of those were explicit pipelines and transactions, and how many
 * network round trips auto-pipelining merged several single commands into.
 *
 * @param requests requests given to the transport
 * @param commands commands in those requests
 * @param pipelines explicit pipelines among the requests
 * @param transactions transactions (MULTI/EXEC) among the requests
 * @param autoPipelinedBatches round trips that carried several single commands merged by
 * auto-pipelining ({@code 0} for transports that do not merge requests)
 * @param autoPipelinedCommands the single commands those round trips carried
 * @author unikv authors
 */
public record PipelineStats(long requests, long commands, long pipelines, long transactions, long autoPipelinedBatches,
        long autoPipelinedCommands) {

    /**
     * No requests yet.
     */
    public static final PipelineStats NONE = new PipelineStats(0, 0, 0, 0, 0, 0);

    /**
     * Return the average number of commands per auto-pipelined round trip.
     * @return the average, or {@code 0} when nothing was merged
     */
    public double averageAutoPipelineBatch() {
        return (this.autoPipelinedBatches != 0) ? (double) this.autoPipelinedCommands / this.autoPipelinedBatches : 0;
    }

    /**
     * Add another transport's statistics to these, for a total over regions.
     * @param other the other statistics
     * @return the sums
     */
    public PipelineStats plus(PipelineStats other) {
        return new PipelineStats(this.requests + other.requests, this.commands + other.commands,
                this.pipelines + other.pipelines, this.transactions + other.transactions,
                this.autoPipelinedBatches + other.autoPipelinedBatches,
                this.autoPipelinedCommands + other.autoPipelinedCommands);
    }

}
