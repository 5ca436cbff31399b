package io.unikv.commands;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The summary form of {@code XPENDING}: how many entries a consumer group has delivered
 * but not yet acknowledged.
 *
 * @param count the number of pending entries
 * @param lowestId the smallest pending ID, {@code null} when nothing is pending
 * @param highestId the largest pending ID, {@code null} when nothing is pending
 * @param consumers the number of pending entries per consumer, for consumers that have
 * some, in name order
 * @author unikv authors
 */
public record PendingSummary(long count, @Nullable String lowestId, @Nullable String highestId,
        Map<String, Long> consumers) {

}
