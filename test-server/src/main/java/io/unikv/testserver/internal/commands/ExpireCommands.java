package io.unikv.testserver.internal.commands;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.FAST;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.READONLY;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.WRITE;

/**
 * Expiry: EXPIRE, PEXPIRE, EXPIREAT, PEXPIREAT (with NX, XX, GT, LT), TTL, PTTL,
 * EXPIRETIME, PEXPIRETIME and PERSIST.
 *
 * @author unikv authors
 */
final class ExpireCommands {

    private ExpireCommands() {
    }

    static void register(CommandTable table) {
        table.register(CommandSpec.keys("expire", -3, 1, 1, 1, (ctx) -> expire(ctx, 1000, true), WRITE, FAST),
                CommandSpec.keys("pexpire", -3, 1, 1, 1, (ctx) -> expire(ctx, 1, true), WRITE, FAST),
                CommandSpec.keys("expireat", -3, 1, 1, 1, (ctx) -> expire(ctx, 1000, false), WRITE, FAST),
                CommandSpec.keys("pexpireat", -3, 1, 1, 1, (ctx) -> expire(ctx, 1, false), WRITE, FAST),
                CommandSpec.keys("ttl", 2, 1, 1, 1, (ctx) -> ttl(ctx, false), READONLY, FAST),
                CommandSpec.keys("pttl", 2, 1, 1, 1, (ctx) -> ttl(ctx, true), READONLY, FAST),
                CommandSpec.keys("expiretime", 2, 1, 1, 1, (ctx) -> expireTime(ctx, 1000), READONLY, FAST),
                CommandSpec.keys("pexpiretime", 2, 1, 1, 1, (ctx) -> expireTime(ctx, 1), READONLY, FAST),
                CommandSpec.keys("persist", 2, 1, 1, 1, ExpireCommands::persist, WRITE, FAST));
    }

    private static Reply expire(CommandContext ctx, long unitMillis, boolean relative) {
        boolean nx = false;
        boolean xx = false;
        boolean gt = false;
        boolean lt = false;
        for (int i = 3; i < ctx.argc(); i++) {
            switch (ctx.option(i)) {
                case "NX" -> nx = true;
                case "XX" -> xx = true;
                case "GT" -> gt = true;
                case "LT" -> lt = true;
                default -> throw new RedisError("ERR Unsupported option " + ctx.text(i));
            }
        }
        if (nx && (xx || gt || lt)) {
            throw new RedisError(Errors.EXPIRE_NX_CONFLICT);
        }
        if (gt && lt) {
            throw new RedisError(Errors.EXPIRE_GT_LT_CONFLICT);
        }
        long when = ctx.longArg(2);
        String invalid = Errors.invalidExpire(ctx.commandName());
        if (when > Long.MAX_VALUE / unitMillis || when < Long.MIN_VALUE / unitMillis) {
            throw new RedisError(invalid);
        }
        long at = when * unitMillis;
        if (relative) {
            if ((at > 0 && ctx.now() > Long.MAX_VALUE - at) || (at < 0 && ctx.now() < Long.MIN_VALUE - at)) {
                throw new RedisError(invalid);
            }
            at += ctx.now();
        }
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        if (!db.exists(key)) {
            return Reply.ZERO;
        }
        long current = db.expiry(key);
        boolean persistent = current < 0;
        if ((nx && !persistent) || (xx && persistent) || (gt && (persistent || at <= current))
                || (lt && !persistent && at >= current)) {
            return Reply.ZERO;
        }
        db.setExpiry(key, at);
        return Reply.ONE;
    }

    private static Reply ttl(CommandContext ctx, boolean millis) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        if (!db.exists(key)) {
            return Reply.integer(-2);
        }
        long at = db.expiry(key);
        if (at < 0) {
            return Reply.integer(-1);
        }
        long remaining = Math.max(0, at - ctx.now());
        return Reply.integer(millis ? remaining : (remaining + 500) / 1000);
    }

    private static Reply expireTime(CommandContext ctx, long unitMillis) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        if (!db.exists(key)) {
            return Reply.integer(-2);
        }
        long at = db.expiry(key);
        return Reply.integer((at < 0) ? -1 : at / unitMillis);
    }

    private static Reply persist(CommandContext ctx) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        return (db.exists(key) && db.persist(key)) ? Reply.ONE : Reply.ZERO;
    }

}
