package io.unikv;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One key of a {@link KvListResult}.
 *
 * @param <M> the metadata type requested from {@code list}
 * @param name the key
 * @param expiration when the key expires, always absolute even if it was put with a TTL,
 * or {@code null} if it does not expire
 * @param metadata the metadata stored with the key, or {@code null} if none
 * @author unikv authors
 */
public record KvListKey<M>(String name, @Nullable Instant expiration, @Nullable M metadata) {
}
