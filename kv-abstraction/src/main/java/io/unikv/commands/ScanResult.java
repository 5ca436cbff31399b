package io.unikv.commands;

import java.util.List;

/**
 * One call of a {@code SCAN}-family command: the items it returned and the cursor to
 * continue from. Items may repeat across calls, as in Redis.
 *
 * @param <T> the item type
 * @param cursor the cursor for the next call; {@code "0"} when the iteration is complete
 * @param items the items of this call, possibly empty even when more follow
 * @author unikv authors
 */
public record ScanResult<T>(String cursor, List<T> items) {

    /** The cursor that starts an iteration, and that the server returns at its end. */
    public static final String START = "0";

    /**
     * Copy the items.
     */
    public ScanResult {
        items = List.copyOf(items);
    }

    /**
     * Return whether the iteration is complete.
     * @return {@code true} if the cursor is {@code "0"}
     */
    public boolean isFinished() {
        return START.equals(this.cursor);
    }

}
