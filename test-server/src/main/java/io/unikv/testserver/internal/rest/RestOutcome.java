package io.unikv.testserver.internal.rest;

import java.util.List;

import io.unikv.testserver.internal.engine.Reply;
import org.jspecify.annotations.Nullable;

/**
 * What the engine answered to a {@link RestCall}. Immutable.
 *
 * @param replies one reply per command that ran (none if the transaction was discarded)
 * @param abort the error that discarded a transaction, or {@code null}
 * @param writeOffset the engine's write offset after the request: its sync token
 * @param dropped whether a fault asked to drop the connection without an answer
 * @param close whether the engine asked to close the connection after the answer
 * @author unikv authors
 */
record RestOutcome(List<Reply> replies, @Nullable String abort, long writeOffset, boolean dropped, boolean close) {
}
