package io.unikv.testserver.internal.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Redis's number parsing and printing: {@code string2ll} (strict 64-bit integers),
 * {@code strtod}-style floats with {@code inf}, {@code %.17g} for double replies and
 * {@code %.17Lf} with trailing zeros removed for {@code INCRBYFLOAT}.
 *
 * @author unikv authors
 */
public final class RedisNumbers {

    private RedisNumbers() {
    }

    /**
     * Parse a strict integer: optional minus, digits, no leading zeros or spaces, in
     * range.
     * @param bytes the text
     * @return the value
     * @throws NumberFormatException if it is not one
     */
    public static long parseLong(byte[] bytes) {
        int length = bytes.length;
        if (length == 0 || length > 20) {
            throw new NumberFormatException();
        }
        boolean negative = bytes[0] == '-';
        int start = negative ? 1 : 0;
        if (start == length || (bytes[start] == '0' && length > start + 1) || (negative && bytes[start] == '0')) {
            if (length == 1 && bytes[0] == '0') {
                return 0;
            }
            throw new NumberFormatException();
        }
        long value = 0;
        for (int i = start; i < length; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new NumberFormatException();
            }
            // accumulate negatively so Long.MIN_VALUE parses
            if (value < (Long.MIN_VALUE + digit) / 10) {
                throw new NumberFormatException();
            }
            value = value * 10 - digit;
        }
        if (!negative) {
            if (value == Long.MIN_VALUE) {
                throw new NumberFormatException();
            }
            value = -value;
        }
        return value;
    }

    /**
     * Parse a float as Redis does for scores and increments: decimal or exponent
     * notation, {@code inf}/{@code +inf}/{@code -inf} in any case; no spaces, no NaN, no
     * hex.
     * @param bytes the text
     * @return the value
     * @throws NumberFormatException if it is not one
     */
    public static double parseDouble(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.US_ASCII);
        if (text.isEmpty() || Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1))) {
            throw new NumberFormatException();
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        switch (lower) {
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!(Character.isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'e')) {
                throw new NumberFormatException();
            }
        }
        double value = Double.parseDouble(text);
        // strtod reports overflow (ERANGE), which Redis refuses
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new NumberFormatException();
        }
        return value;
    }

    /**
     * Format a double as Redis 7.0 replies with it: {@code %.17g}, or
     * {@code inf}/{@code -inf}.
     * @param value the value
     * @return the text
     */
    public static String formatDouble(double value) {
        return formatG(value, 17);
    }

    /**
     * Format a double as C's {@code %.<precision>g} does ({@code inf}, {@code -inf},
     * {@code nan} and {@code -0} included): Redis replies use 17 digits, Lua's
     * {@code tostring} and cjson 14.
     * @param value the value
     * @param precision the significant digits
     * @return the text
     */
    public static String formatG(double value, int precision) {
        if (Double.isInfinite(value)) {
            return (value > 0) ? "inf" : "-inf";
        }
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (value == 0) {
            return ((Double.doubleToRawLongBits(value) & Long.MIN_VALUE) != 0) ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= precision) {
            BigDecimal mantissa = rounded.movePointLeft(exponent);
            String digits = stripZeros(mantissa.setScale(precision - 1, RoundingMode.HALF_EVEN).toPlainString());
            String sign = (exponent < 0) ? "-" : "+";
            int abs = Math.abs(exponent);
            return digits + "e" + sign + ((abs < 10) ? "0" : "") + abs;
        }
        return stripZeros(
                rounded.setScale(Math.max(0, precision - 1 - exponent), RoundingMode.HALF_EVEN).toPlainString());
    }

    /**
     * Round a value to the nearest x87 {@code long double} (64-bit mantissa), which is
     * what {@code INCRBYFLOAT} and {@code HINCRBYFLOAT} compute with on the platforms
     * Redis runs on.
     * @param value the exact value
     * @return the value as a {@code long double} holds it, exactly
     */
    public static BigDecimal toLongDouble(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal abs = value.abs();
        // estimate the binary exponent from the decimal one, then correct it
        int exponent = (int) Math.floor((abs.precision() - abs.scale() - 1) * 3.321928094887362);
        for (int attempt = 0; attempt < 8; attempt++) {
            BigInteger mantissa = shift(abs, 63 - exponent).setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
            int bits = mantissa.bitLength();
            if (bits == 64) {
                BigDecimal result = shift(new BigDecimal(mantissa), exponent - 63);
                return (value.signum() < 0) ? result.negate() : result;
            }
            if (bits == 65 && mantissa.equals(BigInteger.ONE.shiftLeft(64))) {
                BigDecimal result = shift(BigDecimal.ONE, exponent + 1);
                return (value.signum() < 0) ? result.negate() : result;
            }
            exponent += bits - 64;
        }
        throw new IllegalStateException("Cannot round " + value);
    }

    private static BigDecimal shift(BigDecimal value, int powerOfTwo) {
        BigDecimal factor = new BigDecimal(BigInteger.ONE.shiftLeft(Math.abs(powerOfTwo)));
        return (powerOfTwo >= 0) ? value.multiply(factor) : value.divide(factor);
    }

    /**
     * Format a value as {@code INCRBYFLOAT} stores it: fixed point with 17 decimals,
     * trailing zeros (and a trailing point) removed.
     * @param value the value
     * @return the text
     */
    public static String formatLongDouble(BigDecimal value) {
        String text = stripZeros(value.setScale(17, RoundingMode.HALF_EVEN).toPlainString());
        return text.equals("-0") ? "0" : text;
    }

    private static String stripZeros(String text) {
        if (text.indexOf('.') < 0) {
            return text;
        }
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        String result = text.substring(0, end);
        return result.equals("-0") ? "-0" : result;
    }

}
