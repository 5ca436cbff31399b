package io.unikv.testserver.internal.rest;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.User;
import io.unikv.testserver.internal.replication.ReplicaLink;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the engine a REST request runs on. On the primary (or a server without regions)
 * always the local one. On a replica region, as an Upstash global database does: a
 * request with a write is forwarded to the primary and answers with the primary's new
 * sync token; a read carrying an {@code upstash-sync-token} waits until this replica has
 * applied that offset, and if it has not within the bounded wait, the primary serves it.
 * Tokens that are empty, unknown or not numbers ask for nothing.
 *
 * @author unikv authors
 */
final class RestRouter {

    private final Engine local;

    private final RestExecutor localExecutor;

    private final @Nullable RestExecutor primaryExecutor;

    private final @Nullable ReplicaLink link;

    private final Duration maxWait;

    RestRouter(Engine local, @Nullable Engine primary, @Nullable ReplicaLink link, Duration maxWait) {
        this.local = local;
        this.localExecutor = new RestExecutor(local);
        this.primaryExecutor = (primary != null) ? new RestExecutor(primary) : null;
        this.link = link;
        this.maxWait = maxWait;
    }

    CompletableFuture<RestOutcome> execute(RestCall call, User user, String peer, String localAddress,
            @Nullable String token) {
        if (this.local.faults().down()) {
            // this region's endpoint is down, whatever it would forward to
            return CompletableFuture
                .completedFuture(new RestOutcome(java.util.List.of(), null, this.local.writeOffset(), true, true));
        }
        RestExecutor primary = this.primaryExecutor;
        ReplicaLink link = this.link;
        if (primary == null || link == null) {
            return this.localExecutor.execute(call, user, peer, localAddress);
        }
        if (writes(call)) {
            return primary.execute(call, user, peer, localAddress);
        }
        long offset = parse(token);
        if (offset <= link.appliedOffset()) {
            return this.localExecutor.execute(call, user, peer, localAddress);
        }
        return link.awaitOffset(offset, this.maxWait)
            .thenCompose(
                    (caughtUp) -> (caughtUp ? this.localExecutor : primary).execute(call, user, peer, localAddress));
    }

    private boolean writes(RestCall call) {
        for (byte[][] args : call.commands()) {
            CommandSpec spec = this.local.table().lookup(args[0]);
            // pub/sub lives on the primary, where the REST streams subscribe; scripts
            // that may
            // write run there too
            if (spec != null && (spec.has(CommandSpec.Flag.WRITE) || spec.has(CommandSpec.Flag.PUBSUB)
                    || io.unikv.testserver.internal.scripting.ScriptingCommands.mayWrite(args))) {
                return true;
            }
        }
        return false;
    }

    private static long parse(@Nullable String token) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(token.trim());
        }
        catch (NumberFormatException ex) {
            return 0;
        }
    }

}
