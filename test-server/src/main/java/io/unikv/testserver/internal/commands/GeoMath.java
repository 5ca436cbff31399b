package io.unikv.testserver.internal.commands;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Correctly rounded {@code sin}, {@code cos} and {@code asin} for the ranges geo
 * distances use, computed in double-double arithmetic (about 106 bits) and rounded once.
 * Redis calls the C library's functions, which round correctly in all but rare cases;
 * Java's {@link Math} and {@link StrictMath} are only within one ulp, which shows in the
 * last digit of the distances GEOSEARCHSTORE ... STOREDIST stores, and in which points
 * lie exactly on a search's border.
 *
 * @author unikv authors
 */
final class GeoMath {

    private static final int TERMS = 22;

    /** 1/(2n+1)! with alternating signs, as {hi, lo} pairs. */
    private static final double[][] SIN = coefficients(1);

    /** 1/(2n)! with alternating signs, as {hi, lo} pairs. */
    private static final double[][] COS = coefficients(0);

    private static final double PI_HI = Math.PI;

    private static final double PI_LO = 1.2246467991473532e-16;

    private GeoMath() {
    }

    /**
     * Sine for {@code |x| <= 4}, else {@link Math#sin}.
     * @param x the angle in radians
     * @return the correctly rounded sine
     */
    static double sin(double x) {
        if (!(Math.abs(x) <= 4)) {
            return Math.sin(x);
        }
        return sinDd(x, 0)[0];
    }

    /**
     * Cosine for {@code |x| <= 2}, else {@link Math#cos}.
     * @param x the angle in radians
     * @return the correctly rounded cosine
     */
    static double cos(double x) {
        if (!(Math.abs(x) <= 2)) {
            return Math.cos(x);
        }
        return cosDd(x, 0)[0];
    }

    /**
     * Arc sine for {@code 0 <= x < 1}, else {@link Math#asin}: Newton steps on the
     * double-double sine from Java's estimate.
     * @param x the sine
     * @return the correctly rounded angle
     */
    static double asin(double x) {
        if (!(x > 0 && x < 1)) {
            return Math.asin(x);
        }
        double yh = Math.asin(x);
        double yl = 0;
        for (int i = 0; i < 3; i++) {
            double[] s = sinDd(yh, yl);
            double[] c = cosDd(yh, yl);
            double[] diff = add(s[0], s[1], -x, 0);
            double delta = (diff[0] + diff[1]) / (c[0] + c[1]);
            double[] y = add(yh, yl, -delta, 0);
            yh = y[0];
            yl = y[1];
            if (Math.abs(delta) < Math.ulp(yh) * 1e-6) {
                break;
            }
        }
        return yh;
    }

    /** Sine of a double-double angle, reduced to at most pi/2 by {@code sin(pi - x)}. */
    private static double[] sinDd(double xh, double xl) {
        boolean negative = xh < 0;
        if (negative) {
            xh = -xh;
            xl = -xl;
        }
        if (xh > Math.PI / 2) {
            double[] reduced = add(PI_HI, PI_LO, -xh, -xl);
            xh = reduced[0];
            xl = reduced[1];
        }
        double[] x2 = mul(xh, xl, xh, xl);
        double[] sum = series(SIN, x2);
        double[] result = mul(sum[0], sum[1], xh, xl);
        return negative ? new double[] { -result[0], -result[1] } : result;
    }

    private static double[] cosDd(double xh, double xl) {
        double[] x2 = mul(xh, xl, xh, xl);
        return series(COS, x2);
    }

    /**
     * Horner evaluation of a polynomial in x^2, leaving out the terms too small to
     * matter.
     */
    private static double[] series(double[][] c, double[] x2) {
        int terms = 1;
        double power = 1;
        while (terms < TERMS) {
            power *= x2[0];
            if (Math.abs(c[terms][0]) * power < 1e-40) {
                break;
            }
            terms++;
        }
        double[] p = c[terms - 1];
        for (int n = terms - 2; n >= 0; n--) {
            double[] product = mul(p[0], p[1], x2[0], x2[1]);
            p = add(product[0], product[1], c[n][0], c[n][1]);
        }
        return p;
    }

    private static double[] add(double ah, double al, double bh, double bl) {
        double s = ah + bh;
        double bb = s - ah;
        double e = (ah - (s - bb)) + (bh - bb);
        e += al + bl;
        double hi = s + e;
        return new double[] { hi, e - (hi - s) };
    }

    private static double[] mul(double ah, double al, double bh, double bl) {
        double p = ah * bh;
        double e = Math.fma(ah, bh, -p);
        e += ah * bl + al * bh;
        double hi = p + e;
        return new double[] { hi, e - (hi - p) };
    }

    private static double[][] coefficients(int offset) {
        MathContext context = new MathContext(60);
        double[][] result = new double[TERMS][];
        BigDecimal factorial = BigDecimal.ONE;
        int k = 1;
        for (int n = 0; n < TERMS; n++) {
            int power = 2 * n + offset;
            while (k <= power) {
                factorial = factorial.multiply(BigDecimal.valueOf(k));
                k++;
            }
            BigDecimal value = BigDecimal.ONE.divide(factorial, context);
            if (n % 2 == 1) {
                value = value.negate();
            }
            double hi = value.doubleValue();
            double lo = value.subtract(new BigDecimal(hi)).doubleValue();
            result[n] = new double[] { hi, lo };
        }
        return result;
    }

}
