package io.unikv;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of {@link KeyValueStore#list(ListOptions)}: keys in ascending order of their
 * UTF-8 bytes.
 *
 * @param <M> the metadata type
 * @param keys the keys of this page; may be empty even when {@code listComplete} is false
 * @param listComplete whether this is the last page
 * @param cursor the cursor for the next page, or {@code null} when the list is complete
 * @author unikv authors
 */
public record KvListResult<M>(List<KvListKey<M>> keys, boolean listComplete, @Nullable String cursor) {

    /**
     * Copy the keys and check the cursor agrees with {@code listComplete}.
     * @throws IllegalArgumentException if an incomplete page has no cursor
     */
    public KvListResult {
        keys = List.copyOf(keys);
        if (!listComplete && cursor == null) {
            throw new IllegalArgumentException("An incomplete list page needs a cursor");
        }
        if (listComplete) {
            cursor = null;
        }
    }

}
