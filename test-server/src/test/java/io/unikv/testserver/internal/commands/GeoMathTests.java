package io.unikv.testserver.internal.commands;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link GeoMath} rounds correctly: checked against sums of Taylor series in 60-digit
 * decimal arithmetic on random angles from the ranges geo distances use.
 *
 * @author unikv authors
 */
class GeoMathTests {

    private static final MathContext DIGITS = new MathContext(60);

    private final Random random = new Random(42);

    @Test
    void sineRoundsCorrectly() {
        for (int i = 0; i < 2000; i++) {
            double x = (this.random.nextDouble() * 2 - 1) * Math.PI;
            assertThat(GeoMath.sin(x)).as("sin(%s)", x).isEqualTo(exactSin(new BigDecimal(x)).doubleValue());
        }
    }

    @Test
    void cosineRoundsCorrectly() {
        for (int i = 0; i < 2000; i++) {
            double x = (this.random.nextDouble() * 2 - 1) * 1.5;
            assertThat(GeoMath.cos(x)).as("cos(%s)", x).isEqualTo(exactCos(new BigDecimal(x)).doubleValue());
        }
    }

    @Test
    void arcSineInvertsTheExactSine() {
        for (int i = 0; i < 500; i++) {
            double x = this.random.nextDouble() * ((i % 2 == 0) ? 1 : 0.01);
            double y = GeoMath.asin(x);
            // y is the double nearest to asin(x): sin of its neighbours' midpoints
            // brackets x
            BigDecimal below = exactSin(new BigDecimal(y).subtract(halfUlp(y)));
            BigDecimal above = exactSin(new BigDecimal(y).add(halfUlp(y)));
            assertThat(below.compareTo(new BigDecimal(x))).as("asin(%s) = %s", x, y).isLessThanOrEqualTo(0);
            assertThat(above.compareTo(new BigDecimal(x))).as("asin(%s) = %s", x, y).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void specialValues() {
        assertThat(GeoMath.sin(0.0)).isZero();
        assertThat(GeoMath.asin(0.0)).isZero();
        assertThat(GeoMath.asin(1.0)).isEqualTo(Math.PI / 2);
        assertThat(GeoMath.cos(0.0)).isEqualTo(1.0);
        assertThat(GeoMath.sin(10.0)).isEqualTo(Math.sin(10.0));
    }

    private static BigDecimal halfUlp(double y) {
        return new BigDecimal(Math.ulp(y)).divide(BigDecimal.valueOf(2));
    }

    private static BigDecimal exactSin(BigDecimal x) {
        return series(x, x, 1);
    }

    private static BigDecimal exactCos(BigDecimal x) {
        return series(x, BigDecimal.ONE, 0);
    }

    private static BigDecimal series(BigDecimal x, BigDecimal first, int offset) {
        BigDecimal x2 = x.multiply(x, DIGITS);
        BigDecimal term = first;
        BigDecimal sum = first;
        for (int n = 1; n < 80; n++) {
            long k = 2L * n + offset;
            term = term.multiply(x2, DIGITS).divide(BigDecimal.valueOf(k * (k - 1)), DIGITS).negate();
            sum = sum.add(term, DIGITS);
        }
        return sum;
    }

}
