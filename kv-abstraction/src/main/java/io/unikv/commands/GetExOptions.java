package io.unikv.commands;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Options of {@code GETEX}: set a new expiry, or remove it ({@code PERSIST}). Immutable.
 *
 * @param arguments the arguments after {@code GETEX key}
 * @author unikv authors
 */
public record GetExOptions(List<Object> arguments) {

    /**
     * Copy the arguments.
     */
    public GetExOptions {
        arguments = List.copyOf(arguments);
    }

    /**
     * Expire after whole seconds ({@code EX}).
     * @param ttl the time to live
     * @return the options
     */
    public static GetExOptions ex(Duration ttl) {
        return new GetExOptions(SetOptions.ex(ttl).arguments());
    }

    /**
     * Expire after milliseconds ({@code PX}).
     * @param ttl the time to live
     * @return the options
     */
    public static GetExOptions px(Duration ttl) {
        return new GetExOptions(SetOptions.px(ttl).arguments());
    }

    /**
     * Expire at an absolute time in seconds ({@code EXAT}).
     * @param at when the key expires
     * @return the options
     */
    public static GetExOptions exAt(Instant at) {
        return new GetExOptions(SetOptions.exAt(at).arguments());
    }

    /**
     * Expire at an absolute time in milliseconds ({@code PXAT}).
     * @param at when the key expires
     * @return the options
     */
    public static GetExOptions pxAt(Instant at) {
        return new GetExOptions(SetOptions.pxAt(at).arguments());
    }

    /**
     * Remove the expiry ({@code PERSIST}).
     * @return the options
     */
    public static GetExOptions persist() {
        return new GetExOptions(List.of("PERSIST"));
    }

}
