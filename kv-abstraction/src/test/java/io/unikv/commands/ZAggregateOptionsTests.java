package io.unikv.commands;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ZAggregateOptions}.
 *
 * @author unikv authors
 */
class ZAggregateOptionsTests {

    @Test
    void noneAddsNoArguments() {
        assertThat(ZAggregateOptions.none().arguments()).isEmpty();
    }

    @Test
    void weightsRenderAsRedisPrintsNumbers() {
        assertThat(ZAggregateOptions.weights(2, 0.5, -1, Double.POSITIVE_INFINITY).arguments())
            .containsExactly("WEIGHTS", "2", "0.5", "-1", "inf");
    }

    @Test
    void aggregateRendersTheFunctionName() {
        assertThat(ZAggregateOptions.aggregate(ZAggregate.MAX).arguments()).containsExactly("AGGREGATE", "MAX");
        assertThat(ZAggregateOptions.aggregate(ZAggregate.MIN).arguments()).containsExactly("AGGREGATE", "MIN");
        assertThat(ZAggregateOptions.aggregate(ZAggregate.SUM).arguments()).containsExactly("AGGREGATE", "SUM");
    }

    @Test
    void weightsComeBeforeAggregate() {
        ZAggregateOptions aggregateFirst = ZAggregateOptions.aggregate(ZAggregate.MIN).withWeights(1, 3);
        ZAggregateOptions weightsFirst = ZAggregateOptions.weights(1, 3).withAggregate(ZAggregate.MIN);
        assertThat(aggregateFirst.arguments()).containsExactly("WEIGHTS", "1", "3", "AGGREGATE", "MIN");
        assertThat(weightsFirst.arguments()).containsExactly("WEIGHTS", "1", "3", "AGGREGATE", "MIN");
    }

    @Test
    void withersReplaceOnlyTheirPart() {
        ZAggregateOptions first = ZAggregateOptions.weights(1, 2).withAggregate(ZAggregate.MAX);
        ZAggregateOptions second = first.withWeights(5).withAggregate(ZAggregate.SUM);
        assertThat(first.arguments()).containsExactly("WEIGHTS", "1", "2", "AGGREGATE", "MAX");
        assertThat(second.arguments()).containsExactly("WEIGHTS", "5", "AGGREGATE", "SUM");
        assertThat(second).hasToString("ZAggregateOptions[WEIGHTS, 5, AGGREGATE, SUM]");
    }

    @Test
    void weightsMustBeGiven() {
        assertThatIllegalArgumentException().isThrownBy(ZAggregateOptions::weights)
            .withMessageContaining("one weight per key");
        assertThatIllegalArgumentException().isThrownBy(() -> ZAggregateOptions.none().withWeights());
    }

    @Test
    void nanWeightIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ZAggregateOptions.weights(1, Double.NaN))
            .withMessageContaining("NaN");
    }

    @Test
    void weightsArrayIsCopied() {
        double[] weights = { 1, 2 };
        ZAggregateOptions options = ZAggregateOptions.weights(weights);
        weights[0] = 9;
        assertThat(options.arguments()).containsExactly("WEIGHTS", "1", "2");
    }

}
