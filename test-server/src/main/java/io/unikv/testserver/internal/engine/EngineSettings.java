package io.unikv.testserver.internal.engine;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

/**
 * How an engine is set up. Immutable.
 *
 * @param clock where time comes from; tests pass a clock they can advance
 * @param password the default user's password (RESP {@code AUTH}, REST token), or
 * {@code null} for no authentication
 * @param readOnlyPassword the read-only user's password, or {@code null} for none
 * @author unikv authors
 */
public record EngineSettings(Clock clock, @Nullable String password, @Nullable String readOnlyPassword) {
}
