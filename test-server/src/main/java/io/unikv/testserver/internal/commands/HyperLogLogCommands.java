package io.unikv.testserver.internal.commands;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.StringValue;
import org.jspecify.annotations.Nullable;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.ADMIN;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.DENYOOM;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.FAST;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.READONLY;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.WRITE;

/**
 * HyperLogLog: PFADD, PFCOUNT (one key with the cached cardinality, or the union of
 * several), PFMERGE and the debugging commands of {@link HllDebug}, on strings in Redis's
 * own HLL format (see {@link Hll}), so {@code GET} of an HLL key returns what Redis would
 * store.
 *
 * @author unikv authors
 */
final class HyperLogLogCommands {

    private HyperLogLogCommands() {
    }

    static void register(CommandTable table) {
        table.register(CommandSpec.keys("pfadd", -2, 1, 1, 1, HyperLogLogCommands::pfadd, WRITE, DENYOOM, FAST),
                CommandSpec.keys("pfcount", -2, 1, -1, 1, HyperLogLogCommands::pfcount, READONLY),
                CommandSpec.keys("pfmerge", -2, 1, -1, 1, HyperLogLogCommands::pfmerge, WRITE, DENYOOM),
                CommandSpec.keys("pfdebug", 3, 2, 2, 1, HllDebug::pfdebug, WRITE, DENYOOM, ADMIN),
                CommandSpec.of("pfselftest", 1, HllDebug::pfselftest, ADMIN));
    }

    /**
     * Return the HLL under a key.
     * @param db the database
     * @param key the key
     * @param forWrite whether the command may write into it
     * @return the HLL, or {@code null} if the key does not exist
     * @throws RedisError WRONGTYPE for other types and for strings that are no HLL
     */
    private static @Nullable Hll lookup(Database db, ByteKey key, boolean forWrite) {
        byte[] value = StringCommands.value(db, key);
        if (value == null) {
            return null;
        }
        if (!Hll.isValid(value)) {
            throw new RedisError(Errors.NOT_HLL);
        }
        if (forWrite) {
            // Redis unshares (re-encodes raw) the string before it may write into it
            BitmapCommands.unshare(db, key);
        }
        return Hll.of(value);
    }

    private static Reply pfadd(CommandContext ctx) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        Hll hll = lookup(db, key, true);
        boolean created = hll == null;
        if (created) {
            hll = Hll.empty();
        }
        boolean updated = created;
        for (int i = 2; i < ctx.argc(); i++) {
            int result = hll.add(ctx.arg(i));
            if (result < 0) {
                throw new RedisError(Errors.HLL_CORRUPTED);
            }
            updated |= result == 1;
        }
        if (updated) {
            hll.invalidate();
            BitmapCommands.store(db, key, hll.toBytes());
        }
        return updated ? Reply.ONE : Reply.ZERO;
    }

    private static Reply pfcount(CommandContext ctx) {
        Database db = ctx.db();
        if (ctx.argc() > 2) {
            byte[] max = new byte[Hll.REGISTERS];
            for (int i = 1; i < ctx.argc(); i++) {
                Hll hll = lookup(db, ctx.key(i), false);
                if (hll != null && !hll.mergeInto(max)) {
                    throw new RedisError(Errors.HLL_CORRUPTED);
                }
            }
            return Reply.integer(Hll.count(max));
        }
        ByteKey key = ctx.key(1);
        Hll hll = lookup(db, key, true);
        if (hll == null) {
            return Reply.ZERO;
        }
        if (hll.cacheValid()) {
            return Reply.integer(hll.cached());
        }
        byte[] registers = hll.registers();
        if (registers == null) {
            throw new RedisError(Errors.HLL_CORRUPTED);
        }
        long card = Hll.count(registers);
        hll.cache(card);
        db.replace(key, new StringValue(hll.toBytes(), true));
        return Reply.integer(card);
    }

    private static Reply pfmerge(CommandContext ctx) {
        Database db = ctx.db();
        byte[] max = new byte[Hll.REGISTERS];
        boolean dense = false;
        for (int i = 1; i < ctx.argc(); i++) {
            Hll hll = lookup(db, ctx.key(i), false);
            if (hll == null) {
                continue;
            }
            dense |= hll.isDense();
            if (!hll.mergeInto(max)) {
                throw new RedisError(Errors.HLL_CORRUPTED);
            }
        }
        ByteKey key = ctx.key(1);
        Hll target = lookup(db, key, true);
        if (target == null) {
            target = Hll.empty();
        }
        if (dense && !target.toDense()) {
            throw new RedisError(Errors.HLL_CORRUPTED);
        }
        for (int i = 0; i < Hll.REGISTERS; i++) {
            if (max[i] != 0) {
                target.set(i, max[i]);
            }
        }
        target.invalidate();
        BitmapCommands.store(db, key, target.toBytes());
        return Reply.OK;
    }

}
