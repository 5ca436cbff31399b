package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.Client;
import io.unikv.testserver.internal.engine.ClientTracking;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;

/**
 * The client-side caching subcommands of CLIENT: TRACKING, CACHING, GETREDIR and
 * TRACKINGINFO, with Redis 7.0's option checks and error texts.
 *
 * @author unikv authors
 */
final class TrackingCommands {

    private TrackingCommands() {
    }

    /**
     * Run a tracking subcommand.
     * @param ctx the CLIENT command
     * @param sub the upper-case subcommand
     * @return the reply
     */
    static Reply handle(CommandContext ctx, String sub) {
        return switch (sub) {
            case "TRACKING" -> tracking(ctx);
            case "CACHING" -> caching(ctx);
            case "GETREDIR" -> {
                arity(ctx, 2, "getredir");
                ClientTracking tracking = ctx.client().tracking();
                yield Reply.integer(tracking.enabled() ? tracking.redirect() : -1);
            }
            case "TRACKINGINFO" -> {
                arity(ctx, 2, "trackinginfo");
                yield info(ctx);
            }
            default -> throw new IllegalArgumentException(sub);
        };
    }

    private static Reply tracking(CommandContext ctx) {
        if (ctx.argc() < 3) {
            throw new RedisError(Errors.arity("client|tracking"));
        }
        boolean on;
        if (ctx.is(2, "ON")) {
            on = true;
        }
        else if (ctx.is(2, "OFF")) {
            on = false;
        }
        else {
            throw ctx.syntaxError();
        }
        long redirect = 0;
        boolean bcast = false;
        boolean optin = false;
        boolean optout = false;
        boolean noloop = false;
        List<ByteKey> prefixes = new ArrayList<>();
        for (int i = 3; i < ctx.argc(); i++) {
            boolean more = i + 1 < ctx.argc();
            if (ctx.is(i, "REDIRECT") && more) {
                i++;
                redirect = ctx.longArg(i);
                if (ctx.engine().client(redirect) == null) {
                    throw new RedisError(Errors.TRACKING_NO_REDIRECT_TARGET);
                }
            }
            else if (ctx.is(i, "BCAST")) {
                bcast = true;
            }
            else if (ctx.is(i, "OPTIN")) {
                optin = true;
            }
            else if (ctx.is(i, "OPTOUT")) {
                optout = true;
            }
            else if (ctx.is(i, "NOLOOP")) {
                noloop = true;
            }
            else if (ctx.is(i, "PREFIX") && more) {
                prefixes.add(ctx.key(++i));
            }
            else {
                throw ctx.syntaxError();
            }
        }
        Client client = ctx.client();
        ClientTracking current = client.tracking();
        if (!on) {
            ctx.engine().tracking().disable(client);
            return Reply.OK;
        }
        if (!bcast && !prefixes.isEmpty()) {
            throw new RedisError(Errors.TRACKING_PREFIX_NEEDS_BCAST);
        }
        if (current.enabled() && current.bcast() != bcast) {
            throw new RedisError(Errors.TRACKING_BCAST_SWITCH);
        }
        if (bcast && (optin || optout)) {
            throw new RedisError(Errors.TRACKING_BCAST_OPT);
        }
        if (optin && optout) {
            throw new RedisError(Errors.TRACKING_OPTIN_AND_OPTOUT);
        }
        if ((optin && current.optout()) || (optout && current.optin())) {
            throw new RedisError(Errors.TRACKING_OPT_SWITCH);
        }
        if (bcast) {
            checkOverlaps(current.prefixes(), prefixes);
        }
        ctx.engine().tracking().enable(client, bcast, optin, optout, noloop, redirect, prefixes);
        return Reply.OK;
    }

    private static void checkOverlaps(List<ByteKey> existing, List<ByteKey> added) {
        for (int i = 0; i < added.size(); i++) {
            byte[] prefix = added.get(i).bytes();
            for (ByteKey old : existing) {
                if (overlap(prefix, old.bytes())) {
                    throw new RedisError(Errors.trackingPrefixOverlap(text(prefix), text(old.bytes()), true));
                }
            }
            for (int j = i + 1; j < added.size(); j++) {
                if (overlap(prefix, added.get(j).bytes())) {
                    throw new RedisError(Errors.trackingPrefixOverlap(text(prefix), text(added.get(j).bytes()), false));
                }
            }
        }
    }

    private static boolean overlap(byte[] a, byte[] b) {
        int length = Math.min(a.length, b.length);
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Reply caching(CommandContext ctx) {
        arity(ctx, 3, "caching");
        ClientTracking tracking = ctx.client().tracking();
        if (!tracking.enabled()) {
            throw new RedisError(Errors.CACHING_NOT_TRACKING);
        }
        if (ctx.is(2, "YES")) {
            if (!tracking.optin()) {
                throw new RedisError(Errors.CACHING_YES_NEEDS_OPTIN);
            }
            tracking.setCaching();
        }
        else if (ctx.is(2, "NO")) {
            if (!tracking.optout()) {
                throw new RedisError(Errors.CACHING_NO_NEEDS_OPTOUT);
            }
            tracking.setCaching();
        }
        else {
            throw ctx.syntaxError();
        }
        return Reply.OK;
    }

    private static Reply info(CommandContext ctx) {
        Client client = ctx.client();
        ClientTracking tracking = client.tracking();
        List<Reply> flags = new ArrayList<>();
        if (!tracking.enabled()) {
            flags.add(Reply.bulk("off"));
        }
        else {
            flags.add(Reply.bulk("on"));
            if (tracking.bcast()) {
                flags.add(Reply.bulk("bcast"));
            }
            if (tracking.optin()) {
                flags.add(Reply.bulk("optin"));
                if (tracking.caching()) {
                    flags.add(Reply.bulk("caching-yes"));
                }
            }
            if (tracking.optout()) {
                flags.add(Reply.bulk("optout"));
                if (tracking.caching()) {
                    flags.add(Reply.bulk("caching-no"));
                }
            }
            if (tracking.noloop()) {
                flags.add(Reply.bulk("noloop"));
            }
            if (ctx.engine().tracking().brokenRedirect(client)) {
                flags.add(Reply.bulk("broken_redirect"));
            }
        }
        List<byte[]> prefixes = new ArrayList<>();
        for (ByteKey prefix : tracking.prefixes()) {
            prefixes.add(prefix.bytes());
        }
        return new Reply.MapReply(List.of(Reply.bulk("flags"), new Reply.SetReply(flags), Reply.bulk("redirect"),
                Reply.integer(tracking.enabled() ? tracking.redirect() : -1), Reply.bulk("prefixes"),
                Reply.bulks(prefixes)));
    }

    private static void arity(CommandContext ctx, int expected, String sub) {
        if (ctx.argc() != expected) {
            throw new RedisError(Errors.arity("client|" + sub));
        }
    }

}
