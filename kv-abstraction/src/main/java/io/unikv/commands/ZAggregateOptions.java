package io.unikv.commands;

import java.util.ArrayList;
import java.util.List;

import io.unikv.transport.Command;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@code ZUNION}, {@code ZINTER}, {@code ZUNIONSTORE} and {@code ZINTERSTORE}:
 * a multiplication factor per input set ({@code WEIGHTS}) and how the weighted scores of
 * a member found in several sets are combined ({@code AGGREGATE}). Immutable; each method
 * returns a new instance:
 *
 * <pre class="code">
 * store.zunionstore("total", ZAggregateOptions.weights(1, 2).withAggregate(ZAggregate.MAX), "a", "b");
 * </pre>
 *
 * Give one weight per key, in the order of the keys; Redis answers
 * {@code ERR syntax error} otherwise.
 *
 * @author unikv authors
 */
public final class ZAggregateOptions {

    private static final ZAggregateOptions NONE = new ZAggregateOptions(List.of(), null);

    private final List<Double> weights;

    private final @Nullable ZAggregate aggregate;

    private ZAggregateOptions(List<Double> weights, @Nullable ZAggregate aggregate) {
        this.weights = weights;
        this.aggregate = aggregate;
    }

    /**
     * Every weight 1, scores added ({@code SUM}): Redis's defaults.
     * @return the options
     */
    public static ZAggregateOptions none() {
        return NONE;
    }

    /**
     * Multiply each input set's scores by a factor ({@code WEIGHTS}).
     * @param weights one weight per key, in key order; may be negative or infinite
     * @return the options
     * @throws IllegalArgumentException if no weight is given or a weight is NaN
     */
    public static ZAggregateOptions weights(double... weights) {
        return NONE.withWeights(weights);
    }

    /**
     * Combine scores with a function ({@code AGGREGATE}).
     * @param aggregate the function
     * @return the options
     */
    public static ZAggregateOptions aggregate(ZAggregate aggregate) {
        return NONE.withAggregate(aggregate);
    }

    /**
     * Return a copy with other weights.
     * @param weights one weight per key, in key order
     * @return the new options
     * @throws IllegalArgumentException if no weight is given or a weight is NaN
     */
    public ZAggregateOptions withWeights(double... weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("WEIGHTS needs one weight per key, got none");
        }
        List<Double> list = new ArrayList<>(weights.length);
        for (double weight : weights) {
            if (Double.isNaN(weight)) {
                throw new IllegalArgumentException("weight value is not a float: NaN");
            }
            list.add(weight);
        }
        return new ZAggregateOptions(List.copyOf(list), this.aggregate);
    }

    /**
     * Return a copy with another aggregate function.
     * @param aggregate the function
     * @return the new options
     */
    public ZAggregateOptions withAggregate(ZAggregate aggregate) {
        return new ZAggregateOptions(this.weights, aggregate);
    }

    /**
     * Return the arguments these options add after the keys; weights are rendered as
     * Redis prints numbers ({@code 2}, {@code 0.5}, {@code inf}).
     * @return the arguments, for example {@code [WEIGHTS, 1, 2, AGGREGATE, MAX]}
     */
    public List<Object> arguments() {
        List<Object> args = new ArrayList<>(this.weights.size() + 3);
        if (!this.weights.isEmpty()) {
            args.add("WEIGHTS");
            for (double weight : this.weights) {
                args.add(Command.formatDouble(weight));
            }
        }
        if (this.aggregate != null) {
            args.add("AGGREGATE");
            args.add(this.aggregate.name());
        }
        return List.copyOf(args);
    }

    @Override
    public String toString() {
        return "ZAggregateOptions" + arguments();
    }

}
