package io.unikv.transport.region;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one region of a {@link RegionalTransport}, for health checks, metrics and
 * the Actuator endpoint.
 *
 * @param name the region name
 * @param primary whether it is the primary region
 * @param up whether it is in use (not resting after a failure)
 * @param latency the measured latency (weighted average of recent requests), or
 * {@code null} before the first
 * @param requests requests sent to the region
 * @param failures requests that failed for the region being unreachable
 * @param behind replica reads repeated on the primary because the replica had not caught
 * up with the read's sync token (TCP): the reads that waited for their token
 * @param failovers reads that went on to another region because this one was unreachable
 * @param lag how many bytes of the replication stream the region was behind the sync
 * token of the last read that checked it (TCP read regions: {@code 0} when caught up), or
 * {@code -1} when never checked (the primary; REST regions, whose server waits for the
 * token itself)
 * @author unikv authors
 */
public record RegionStatus(String name, boolean primary, boolean up, @Nullable Duration latency, long requests,
        long failures, long behind, long failovers, long lag) {
}
