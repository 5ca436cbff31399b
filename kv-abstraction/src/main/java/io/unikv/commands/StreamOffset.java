package io.unikv.commands;

/**
 * A stream key and the ID to read after, for {@code XREAD} and {@code XREADGROUP}.
 *
 * @param key the stream key
 * @param id the ID: entries strictly after it are returned; {@code $} (XREAD: only
 * entries added from now on), {@code >} (XREADGROUP: entries never delivered to the
 * group), or an ID (XREADGROUP: the consumer's pending entries after it)
 * @author unikv authors
 */
public record StreamOffset(String key, String id) {

    /**
     * Entries after an ID.
     * @param key the stream key
     * @param id the ID, for example {@code 0} for everything
     * @return the offset
     */
    public static StreamOffset from(String key, String id) {
        return new StreamOffset(key, id);
    }

    /**
     * Only entries added after the command runs ({@code $}, XREAD).
     * @param key the stream key
     * @return the offset
     */
    public static StreamOffset latest(String key) {
        return new StreamOffset(key, "$");
    }

    /**
     * Entries never delivered to the group ({@code >}, XREADGROUP).
     * @param key the stream key
     * @return the offset
     */
    public static StreamOffset undelivered(String key) {
        return new StreamOffset(key, ">");
    }

}
