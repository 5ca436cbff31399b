package io.unikv.commands;

import org.jspecify.annotations.Nullable;

/**
 * The reply of {@code XINFO STREAM}.
 *
 * @param length the number of entries
 * @param radixTreeKeys the number of internal nodes holding entries
 * @param radixTreeNodes the number of radix tree nodes indexing them
 * @param lastGeneratedId the last ID generated or added
 * @param maxDeletedEntryId the largest ID deleted with XDEL, {@code 0-0} if none
 * @param entriesAdded how many entries were ever added
 * @param recordedFirstEntryId the first entry's ID as Redis records it
 * @param groups the number of consumer groups
 * @param firstEntry the first entry, {@code null} when empty
 * @param lastEntry the last entry, {@code null} when empty
 * @author unikv authors
 */
public record StreamInfo(long length, long radixTreeKeys, long radixTreeNodes, String lastGeneratedId,
        String maxDeletedEntryId, long entriesAdded, String recordedFirstEntryId, long groups,
        @Nullable StreamEntry firstEntry, @Nullable StreamEntry lastEntry) {

}
