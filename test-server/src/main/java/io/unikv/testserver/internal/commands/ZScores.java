package io.unikv.testserver.internal.commands;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.RedisNumbers;

/**
 * Sorted-set number parsing and printing the way Redis does it with C's {@code strtod}:
 * scores and weights ({@code getDoubleFromObject}: hex and {@code inf} accepted, no NaN,
 * no overflow), range bounds (plain {@code strtod}: leading spaces, overflow to
 * {@code inf} and the empty string as 0 accepted) and {@code d2string} for ZSCAN.
 *
 * @author unikv authors
 */
final class ZScores {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private static final Pattern HEX = Pattern
        .compile("[+-]?0[xX]([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)([pP][+-]?\\d+)?");

    private static final Pattern INFINITY = Pattern.compile("[+-]?(?i:inf|infinity)");

    /** Below this magnitude integral doubles print as integers ({@code double2ll}). */
    private static final double LONG_PRINT_LIMIT = Long.MAX_VALUE / 2;

    private ZScores() {
    }

    /**
     * Parse a score, increment or weight.
     * @param bytes the text
     * @param error the error to throw
     * @return the value, never NaN
     * @throws RedisError with {@code error}
     */
    static double parse(byte[] bytes, String error) {
        if (bytes.length == 0 || isSpace(bytes[0] & 0xff)) {
            throw new RedisError(error);
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Double value = convert(text);
        if (value == null || value.isNaN() || (value.isInfinite() && !INFINITY.matcher(text).matches())
                || (value == 0 && hasNonZeroDigit(text))) {
            // strtod reports overflow and underflow to zero with ERANGE, which Redis
            // refuses
            throw new RedisError(error);
        }
        return value;
    }

    /**
     * Parse a range bound with {@code strtod} semantics from an offset.
     * @param bytes the argument
     * @param from where the number starts (1 after an opening parenthesis)
     * @return the value, or NaN if it is not a number
     */
    static double parseBound(byte[] bytes, int from) {
        int end = from;
        while (end < bytes.length && bytes[end] != 0) {
            // C strings end at the first NUL
            end++;
        }
        String text = new String(bytes, from, end - from, StandardCharsets.ISO_8859_1);
        int start = 0;
        while (start < text.length() && isSpace(text.charAt(start))) {
            start++;
        }
        if (start == text.length()) {
            // no conversion: strtod leaves the end pointer at the start
            return text.isEmpty() ? 0 : Double.NaN;
        }
        Double value = convert(text.substring(start));
        return (value != null) ? value : Double.NaN;
    }

    /**
     * Format a score as Redis's {@code d2string} does (ZSCAN replies): integral values
     * within ±2^62 as integers, others with {@code %.17g}.
     * @param value the score
     * @return the text
     */
    static String d2string(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return RedisNumbers.formatDouble(value);
        }
        if (value >= -LONG_PRINT_LIMIT && value <= LONG_PRINT_LIMIT && value == (long) value) {
            return Long.toString((long) value);
        }
        return RedisNumbers.formatDouble(value);
    }

    private static Double convert(String text) {
        if (INFINITY.matcher(text).matches()) {
            return (text.charAt(0) == '-') ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (DECIMAL.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        if (HEX.matcher(text).matches()) {
            boolean exponent = text.indexOf('p') >= 0 || text.indexOf('P') >= 0;
            return Double.parseDouble(exponent ? text : text + "p0");
        }
        return null;
    }

    private static boolean hasNonZeroDigit(String text) {
        boolean hex = text.contains("x") || text.contains("X");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (hex ? (c == 'p' || c == 'P') : (c == 'e' || c == 'E')) {
                return false;
            }
            boolean nonZero = hex ? (c != 'x' && c != 'X' && Character.digit(c, 16) > 0) : (c >= '1' && c <= '9');
            if (nonZero) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

}
