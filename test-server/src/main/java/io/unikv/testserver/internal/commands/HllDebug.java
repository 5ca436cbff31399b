package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.StringValue;

/**
 * Redis's HyperLogLog debugging commands: PFDEBUG GETREG (which turns a sparse HLL dense,
 * as Redis does), DECODE, ENCODING and TODENSE, and PFSELFTEST (nothing to test here
 * beyond the unit tests: it answers OK).
 *
 * @author unikv authors
 */
final class HllDebug {

    private HllDebug() {
    }

    static Reply pfselftest(CommandContext ctx) {
        return Reply.OK;
    }

    static Reply pfdebug(CommandContext ctx) {
        Database db = ctx.db();
        ByteKey key = ctx.key(2);
        byte[] value = StringCommands.value(db, key);
        if (value == null) {
            throw new RedisError(Errors.PFDEBUG_NO_KEY);
        }
        if (!Hll.isValid(value)) {
            throw new RedisError(Errors.NOT_HLL);
        }
        BitmapCommands.unshare(db, key);
        Hll hll = Hll.of(value);
        switch (ctx.option(1)) {
            case "GETREG" -> {
                densify(db, key, hll);
                List<Reply> registers = new ArrayList<>(Hll.REGISTERS);
                for (int i = 0; i < Hll.REGISTERS; i++) {
                    registers.add(Reply.integer(hll.denseGet(i)));
                }
                return Reply.array(registers);
            }
            case "DECODE" -> {
                if (hll.isDense()) {
                    throw new RedisError(Errors.PFDEBUG_NOT_SPARSE);
                }
                return Reply.bulk(HllSparse.describe(hll.raw(), hll.length()));
            }
            case "ENCODING" -> {
                return new Reply.Simple(hll.isDense() ? "dense" : "sparse");
            }
            case "TODENSE" -> {
                return densify(db, key, hll) ? Reply.ONE : Reply.ZERO;
            }
            default -> throw new RedisError(Errors.pfdebugUnknown(ctx.text(1)));
        }
    }

    private static boolean densify(Database db, ByteKey key, Hll hll) {
        if (hll.isDense()) {
            return false;
        }
        if (!hll.toDense()) {
            throw new RedisError(Errors.HLL_CORRUPTED);
        }
        db.replace(key, new StringValue(hll.toBytes(), true));
        return true;
    }

}
