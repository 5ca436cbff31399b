package io.unikv.testserver.internal.commands;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.StreamId;
import org.jspecify.annotations.Nullable;

/**
 * Stream ID arguments as Redis parses them: {@code ms-seq}, {@code ms} alone (the
 * sequence then defaults by context), {@code -} and {@code +} where allowed, {@code (id}
 * for exclusive range ends and {@code ms-*} in XADD. Numbers follow Redis's
 * {@code string2ull}. Stateless.
 *
 * @author unikv authors
 */
final class StreamIds {

    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    private StreamIds() {
    }

    /**
     * An XADD ID: explicit, or {@code ms-*} (then {@code seqGiven} is false).
     *
     * @param id the ID (sequence 0 when not given)
     * @param seqGiven whether the sequence was given
     */
    record AddId(StreamId id, boolean seqGiven) {
    }

    /**
     * Parse an ID where {@code -} and {@code +} are not allowed.
     * @param arg the argument
     * @return the ID, sequence 0 when missing
     */
    static StreamId strict(byte[] arg) {
        return parse(arg, 0, true);
    }

    /**
     * Parse an ID, or return {@code null} if it is not one.
     * @param arg the argument
     * @return the ID or {@code null}
     */
    static @Nullable StreamId tryStrict(byte[] arg) {
        try {
            return strict(arg);
        }
        catch (RedisError ex) {
            return null;
        }
    }

    /**
     * Parse an XADD ID, with {@code ms-*}.
     * @param arg the argument
     * @return the ID
     */
    static AddId forAdd(byte[] arg) {
        String text = new String(arg, StandardCharsets.ISO_8859_1);
        int dash = text.indexOf('-');
        if (arg.length <= 127 && dash >= 0 && text.substring(dash + 1).equals("*") && !isSign(text)) {
            return new AddId(new StreamId(number(text.substring(0, dash)), 0), false);
        }
        return new AddId(strict(arg), true);
    }

    /**
     * Parse a range start: {@code -}, {@code +}, an ID (sequence 0 when missing) or an
     * exclusive {@code (id}.
     * @param arg the argument
     * @return the first ID in range
     */
    static StreamId rangeStart(byte[] arg) {
        if (arg.length > 1 && arg[0] == '(') {
            StreamId id = parse(java.util.Arrays.copyOfRange(arg, 1, arg.length), 0, true).next();
            if (id == null) {
                throw new RedisError(Errors.STREAM_INVALID_START);
            }
            return id;
        }
        return parse(arg, 0, false);
    }

    /**
     * Parse a range end: {@code -}, {@code +}, an ID (largest sequence when missing) or
     * an exclusive {@code (id}.
     * @param arg the argument
     * @return the last ID in range
     */
    static StreamId rangeEnd(byte[] arg) {
        if (arg.length > 1 && arg[0] == '(') {
            StreamId id = parse(java.util.Arrays.copyOfRange(arg, 1, arg.length), -1, true).previous();
            if (id == null) {
                throw new RedisError(Errors.STREAM_INVALID_END);
            }
            return id;
        }
        return parse(arg, -1, false);
    }

    /**
     * Parse an ID where {@code -} and {@code +} stand for the smallest and largest IDs.
     * @param arg the argument
     * @param missingSeq the sequence when only milliseconds are given
     * @return the ID
     */
    static StreamId loose(byte[] arg, long missingSeq) {
        return parse(arg, missingSeq, false);
    }

    private static StreamId parse(byte[] arg, long missingSeq, boolean strict) {
        if (arg.length > 127) {
            throw invalid();
        }
        String text = new String(arg, StandardCharsets.ISO_8859_1);
        if (isSign(text)) {
            if (strict) {
                throw invalid();
            }
            return text.equals("-") ? StreamId.MIN : StreamId.MAX;
        }
        int dash = text.indexOf('-');
        if (dash < 0) {
            return new StreamId(number(text), missingSeq);
        }
        return new StreamId(number(text.substring(0, dash)), number(text.substring(dash + 1)));
    }

    private static boolean isSign(String text) {
        return text.equals("-") || text.equals("+");
    }

    /**
     * Redis's {@code string2ull}: a strict integer, or else what {@code strtoull} accepts
     * (leading spaces, a sign, leading zeros; a minus sign wraps around).
     */
    private static long number(String text) {
        if (text.matches("0|[1-9][0-9]{0,18}")) {
            try {
                return Long.parseLong(text);
            }
            catch (NumberFormatException ex) {
                // past the signed range: strtoull below
            }
        }
        String trimmed = text.replaceFirst("^[ \\t\\n\\u000B\\f\\r]+", "");
        if (!trimmed.matches("[+-]?[0-9]+")) {
            throw invalid();
        }
        boolean negative = trimmed.startsWith("-");
        BigInteger value = new BigInteger(trimmed.replaceFirst("^[+-]", ""));
        if (value.compareTo(TWO_TO_64) >= 0) {
            throw invalid();
        }
        if (negative) {
            if (value.signum() != 0 && text.equals("-" + value)) {
                // string2ll accepted it as a negative number: out of range
                throw invalid();
            }
            value = TWO_TO_64.subtract(value).mod(TWO_TO_64);
        }
        return value.longValue();
    }

    private static RedisError invalid() {
        return new RedisError(Errors.STREAM_INVALID_ID);
    }

}
