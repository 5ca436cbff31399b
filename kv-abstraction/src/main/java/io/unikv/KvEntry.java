package io.unikv;

import org.jspecify.annotations.Nullable;

/**
 * A value read together with its metadata, as
 * {@link KeyValueStore#getWithMetadata(String, Class, Class)} returns it.
 *
 * @param <V> the value type
 * @param <M> the metadata type
 * @param value the value, or {@code null} if the key does not exist
 * @param metadata the metadata, or {@code null} if the key does not exist or has none
 * @author unikv authors
 */
public record KvEntry<V, M>(@Nullable V value, @Nullable M metadata) {
}
