package io.unikv.testserver.internal.commands;

import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;

/**
 * Parses the expiry options shared by {@code SET} and {@code GETEX} ({@code EX},
 * {@code PX}, {@code EXAT}, {@code PXAT}) into an absolute time, with Redis's checks.
 *
 * @author unikv authors
 */
final class Expiry {

    private Expiry() {
    }

    /**
     * Return whether a word is one of the expiry options.
     * @param option the upper-case word
     * @return whether it takes a time argument
     */
    static boolean isTimed(String option) {
        return switch (option) {
            case "EX", "PX", "EXAT", "PXAT" -> true;
            default -> false;
        };
    }

    /**
     * Convert an expiry option and its argument into Unix milliseconds.
     * @param ctx the command
     * @param option the upper-case option
     * @param index the position of its argument
     * @return the absolute expiry
     * @throws RedisError for non-integers, non-positive values and overflow
     */
    static long absoluteMillis(CommandContext ctx, String option, int index) {
        long value = ctx.longArg(index);
        String invalid = Errors.invalidExpire(ctx.commandName());
        if (value <= 0) {
            throw new RedisError(invalid);
        }
        boolean seconds = option.equals("EX") || option.equals("EXAT");
        if (seconds && value > Long.MAX_VALUE / 1000) {
            throw new RedisError(invalid);
        }
        long millis = seconds ? value * 1000 : value;
        boolean relative = option.equals("EX") || option.equals("PX");
        if (relative) {
            if (millis > Long.MAX_VALUE - ctx.now()) {
                throw new RedisError(invalid);
            }
            millis += ctx.now();
        }
        return millis;
    }

}
