package io.unikv.commands;

import org.jspecify.annotations.Nullable;

/**
 * One consumer group as {@code XINFO GROUPS} reports it.
 *
 * @param name the group name
 * @param consumers the number of consumers
 * @param pending the number of entries delivered but not acknowledged
 * @param lastDeliveredId the last ID delivered to the group
 * @param entriesRead the group's logical read counter, {@code null} when Redis cannot
 * tell
 * @param lag entries not yet delivered, {@code null} when Redis cannot tell
 * @author unikv authors
 */
public record StreamGroupInfo(String name, long consumers, long pending, String lastDeliveredId,
        @Nullable Long entriesRead, @Nullable Long lag) {

}
