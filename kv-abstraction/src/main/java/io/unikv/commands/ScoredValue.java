package io.unikv.commands;

/**
 * A sorted set member with its score, as {@code WITHSCORES} replies return them.
 *
 * @param <T> the member type: text, or the type the codec decoded it into
 * @param value the member
 * @param score the score; Redis prints scores as text and {@code inf}/{@code -inf} come
 * back as infinities
 * @author unikv authors
 */
public record ScoredValue<T>(T value, double score) {

}
