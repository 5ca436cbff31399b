package io.unikv;

import org.jspecify.annotations.Nullable;

/**
 * Options of {@link KeyValueStore#list(ListOptions)}: which keys, how many, and where to
 * continue. Immutable.
 * <p>
 * As with Workers KV, resend the same prefix with every cursor, and loop until
 * {@link KvListResult#listComplete()}: a page may be empty while more keys follow.
 *
 * @param prefix only keys starting with this text; empty for all keys
 * @param limit the most keys of one page (1 to 1000 by default, 1000 if not set)
 * @param cursor where the previous page ended, or {@code null} to start at the beginning
 * @author unikv authors
 */
public record ListOptions(String prefix, int limit, @Nullable String cursor) {

    /** The default and maximum page size of Workers KV. */
    public static final int DEFAULT_LIMIT = 1000;

    /**
     * All keys, first page, default limit.
     * @return the options
     */
    public static ListOptions all() {
        return new ListOptions("", DEFAULT_LIMIT, null);
    }

    /**
     * Keys with a prefix, first page, default limit.
     * @param prefix the prefix
     * @return the options
     */
    public static ListOptions prefix(String prefix) {
        return new ListOptions(prefix, DEFAULT_LIMIT, null);
    }

    /**
     * Return a copy with another page size. The store checks it against its
     * {@link KvLimits}.
     * @param limit the page size
     * @return the new options
     */
    public ListOptions withLimit(int limit) {
        return new ListOptions(this.prefix, limit, this.cursor);
    }

    /**
     * Return a copy that continues after a previous page.
     * @param cursor the {@link KvListResult#cursor()} of the previous page, or
     * {@code null}
     * @return the new options
     */
    public ListOptions withCursor(@Nullable String cursor) {
        return new ListOptions(this.prefix, this.limit, cursor);
    }

}
