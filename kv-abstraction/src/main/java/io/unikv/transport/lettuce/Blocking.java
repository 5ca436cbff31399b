package io.unikv.transport.lettuce;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.lettuce.core.cluster.SlotHash;
import io.unikv.KvServerException;
import io.unikv.transport.Command;
import io.unikv.transport.Response;

/**
 * Runs blocking commands ({@code BLPOP}, {@code BZPOPMIN}...) on a dedicated connection,
 * so that a command that waits for data never holds up other callers' commands on the
 * shared connection (Redis answers a connection's commands in order). In a cluster the
 * dedicated connection goes to the node that owns the first key's slot. The wait for the
 * reply is bounded by the command's own timeout plus the connection's command timeout; a
 * connection whose command failed is closed rather than reused.
 *
 * @author unikv authors
 */
final class Blocking {

    private static final Set<String> TIMEOUT_LAST = Set.of("BLPOP", "BRPOP", "BLMOVE", "BRPOPLPUSH", "BZPOPMIN",
            "BZPOPMAX");

    private static final Set<String> TIMEOUT_FIRST = Set.of("BLMPOP", "BZMPOP");

    private Blocking() {
    }

    /**
     * Return whether a command blocks the connection it runs on.
     * @param command the command
     * @return {@code true} for a blocking command
     */
    static boolean isBlocking(Command command) {
        return TIMEOUT_LAST.contains(command.name()) || TIMEOUT_FIRST.contains(command.name())
                || (isStreamRead(command) && command.isBlocking());
    }

    private static boolean isStreamRead(Command command) {
        return command.name().equals("XREAD") || command.name().equals("XREADGROUP");
    }

    static CompletableFuture<Response> run(DedicatedPool pool, boolean cluster, String target, Command command) {
        int key = KeyPositions.firstKey(command);
        int slot = (cluster && key >= 0) ? SlotHash.getSlot(command.args().get(key)) : -1;
        Duration wait = blockingTimeout(command);
        return pool.acquire().handle((connection, failure) -> {
            if (failure != null) {
                return CompletableFuture.<Response>failedFuture(Failures.connect(failure, target));
            }
            CompletableFuture<Response> result = connection.node(slot)
                .thenCompose((node) -> Dispatch.send(node, List.of(GuardedCommand.of(command, key, null)), wait))
                .thenApply((replies) -> new Response(replies, null));
            return result.whenComplete((response, error) -> pool.release(connection,
                    error == null || Failures.unwrap(error) instanceof KvServerException));
        }).thenCompose((future) -> future);
    }

    /** How long the server may wait before it answers; zero for "forever" or unknown. */
    static Duration blockingTimeout(Command command) {
        List<byte[]> args = command.args();
        if (args.isEmpty()) {
            return Duration.ZERO;
        }
        if (isStreamRead(command)) {
            return streamReadTimeout(command);
        }
        int index = TIMEOUT_FIRST.contains(command.name()) ? 0 : args.size() - 1;
        try {
            BigDecimal seconds = new BigDecimal(command.argAsString(index));
            return (seconds.signum() > 0) ? Duration.ofMillis(seconds.movePointRight(3).longValue()) : Duration.ZERO;
        }
        catch (NumberFormatException | ArithmeticException ex) {
            return Duration.ZERO;
        }
    }

    /** XREAD and XREADGROUP take {@code BLOCK <milliseconds>} before {@code STREAMS}. */
    private static Duration streamReadTimeout(Command command) {
        List<byte[]> args = command.args();
        for (int i = 0; i + 1 < args.size(); i++) {
            String option = command.argAsString(i);
            if (option.equalsIgnoreCase("STREAMS")) {
                break;
            }
            if (option.equalsIgnoreCase("BLOCK")) {
                try {
                    long millis = Long.parseLong(command.argAsString(i + 1));
                    return (millis > 0) ? Duration.ofMillis(millis) : Duration.ZERO;
                }
                catch (NumberFormatException ex) {
                    return Duration.ZERO;
                }
            }
        }
        return Duration.ZERO;
    }

}
