package io.unikv.commands;

/**
 * How {@code ZUNION}, {@code ZINTER} and their {@code STORE} forms combine the scores of
 * a member found in several sets ({@code AGGREGATE}), after applying the weights.
 *
 * @author unikv authors
 * @see ZAggregateOptions
 */
public enum ZAggregate {

    /** Add the weighted scores (Redis's default). */
    SUM,

    /** Keep the lowest weighted score. */
    MIN,

    /** Keep the highest weighted score. */
    MAX

}
