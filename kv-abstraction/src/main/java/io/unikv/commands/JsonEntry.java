package io.unikv.commands;

import java.util.Objects;

/**
 * One write of {@code JSON.MSET}: a key, a path in its document and a value.
 *
 * @param key the key
 * @param path the path ({@code $} for the whole document)
 * @param value JSON text, or a value the store's codec encodes as JSON
 * @author unikv authors
 * @see RedisJsonCommands#jsonMSet(JsonEntry...)
 */
public record JsonEntry(String key, String path, Object value) {

    /**
     * Create an entry.
     * @param key the key
     * @param path the path
     * @param value the value
     */
    public JsonEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Create an entry.
     * @param key the key
     * @param path the path
     * @param value JSON text, or a value the store's codec encodes as JSON
     * @return the entry
     */
    public static JsonEntry of(String key, String path, Object value) {
        return new JsonEntry(key, path, value);
    }

}
