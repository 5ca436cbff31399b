package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.Glob;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.RedisValue;
import io.unikv.testserver.internal.engine.Reply;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.FAST;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.READONLY;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.WRITE;

/**
 * Commands on keys of any type: DEL, UNLINK, EXISTS, TYPE, TOUCH, RENAME, RENAMENX, COPY,
 * MOVE, KEYS, SCAN, RANDOMKEY and OBJECT. Expiry commands live in {@link ExpireCommands}.
 *
 * @author unikv authors
 */
final class KeyCommands {

    private KeyCommands() {
    }

    static void register(CommandTable table) {
        table.register(CommandSpec.keys("del", -2, 1, -1, 1, KeyCommands::del, WRITE),
                CommandSpec.keys("unlink", -2, 1, -1, 1, KeyCommands::del, WRITE, FAST),
                CommandSpec.keys("exists", -2, 1, -1, 1, KeyCommands::exists, READONLY, FAST),
                CommandSpec.keys("touch", -2, 1, -1, 1, KeyCommands::exists, READONLY, FAST),
                CommandSpec.keys("type", 2, 1, 1, 1, KeyCommands::type, READONLY, FAST),
                CommandSpec.keys("rename", 3, 1, 2, 1, KeyCommands::rename, WRITE),
                CommandSpec.keys("renamenx", 3, 1, 2, 1, KeyCommands::renamenx, WRITE, FAST),
                CommandSpec.keys("copy", -3, 1, 2, 1, KeyCommands::copy, WRITE),
                CommandSpec.keys("move", 3, 1, 1, 1, KeyCommands::move, WRITE, FAST),
                CommandSpec.of("keys", 2, KeyCommands::keys, READONLY),
                CommandSpec.of("scan", -2, KeyCommands::scan, READONLY),
                CommandSpec.of("randomkey", 1, KeyCommands::randomkey, READONLY),
                CommandSpec.keys("object", -2, 2, 2, 1, KeyCommands::object, READONLY));
        ExpireCommands.register(table);
    }

    private static Reply del(CommandContext ctx) {
        long deleted = 0;
        for (int i = 1; i < ctx.argc(); i++) {
            if (ctx.db().delete(ctx.key(i))) {
                deleted++;
            }
        }
        return Reply.integer(deleted);
    }

    private static Reply exists(CommandContext ctx) {
        long count = 0;
        for (int i = 1; i < ctx.argc(); i++) {
            if (ctx.db().exists(ctx.key(i))) {
                count++;
            }
        }
        return Reply.integer(count);
    }

    private static Reply type(CommandContext ctx) {
        RedisValue value = ctx.db().get(ctx.key(1));
        return new Reply.Simple((value != null) ? value.type().typeName() : "none");
    }

    private static Reply rename(CommandContext ctx) {
        if (!renameInto(ctx, false)) {
            throw new IllegalStateException("RENAME never declines");
        }
        return Reply.OK;
    }

    private static Reply renamenx(CommandContext ctx) {
        return renameInto(ctx, true) ? Reply.ONE : Reply.ZERO;
    }

    private static boolean renameInto(CommandContext ctx, boolean onlyIfAbsent) {
        Database db = ctx.db();
        ByteKey source = ctx.key(1);
        ByteKey target = ctx.key(2);
        RedisValue value = db.get(source);
        if (value == null) {
            throw new RedisError(Errors.NO_SUCH_KEY);
        }
        if (source.equals(target)) {
            return !onlyIfAbsent;
        }
        if (onlyIfAbsent && db.exists(target)) {
            return false;
        }
        long expiry = db.expiry(source);
        db.delete(source);
        db.set(target, value);
        if (expiry >= 0) {
            db.setExpiry(target, expiry);
        }
        return true;
    }

    private static Reply copy(CommandContext ctx) {
        Database db = ctx.db();
        Database target = db;
        boolean replace = false;
        for (int i = 3; i < ctx.argc(); i++) {
            if (ctx.is(i, "REPLACE")) {
                replace = true;
            }
            else if (ctx.is(i, "DB") && i + 1 < ctx.argc()) {
                target = database(ctx, ++i);
            }
            else {
                throw ctx.syntaxError();
            }
        }
        ByteKey source = ctx.key(1);
        ByteKey destination = ctx.key(2);
        if (target == db && source.equals(destination)) {
            throw new RedisError(Errors.SAME_OBJECT);
        }
        RedisValue value = db.get(source);
        if (value == null) {
            return Reply.ZERO;
        }
        if (target.exists(destination)) {
            if (!replace) {
                return Reply.ZERO;
            }
            target.delete(destination);
        }
        long expiry = db.expiry(source);
        target.set(destination, value.copy());
        if (expiry >= 0) {
            target.setExpiry(destination, expiry);
        }
        return Reply.ONE;
    }

    private static Reply move(CommandContext ctx) {
        Database db = ctx.db();
        Database target = database(ctx, 2);
        if (target == db) {
            throw new RedisError(Errors.SAME_OBJECT);
        }
        ByteKey key = ctx.key(1);
        if (!db.exists(key) || target.exists(key)) {
            return Reply.ZERO;
        }
        db.moveTo(key, target);
        return Reply.ONE;
    }

    private static Database database(CommandContext ctx, int index) {
        long number = ctx.longArg(index);
        if (number < 0 || number >= Engine.DATABASES) {
            throw new RedisError(Errors.DB_OUT_OF_RANGE);
        }
        return ctx.engine().db((int) number);
    }

    private static Reply keys(CommandContext ctx) {
        byte[] pattern = ctx.arg(1);
        boolean all = pattern.length == 1 && pattern[0] == '*';
        List<Reply> keys = new ArrayList<>();
        for (ByteKey key : ctx.db().keys()) {
            if (all || Glob.matches(pattern, key.bytes(), false)) {
                keys.add(Reply.bulk(key.bytes()));
            }
        }
        return Reply.array(keys);
    }

    private static Reply scan(CommandContext ctx) {
        long cursor = ScanCursor.parse(ctx.arg(1));
        ScanCursor.Options options = ScanCursor.Options.parse(ctx, 2, true);
        ScanCursor.Page<ByteKey> page = ScanCursor.page(ctx.db().keys(), (key) -> key, cursor, options.count());
        List<Reply> keys = new ArrayList<>();
        for (ByteKey key : page.items()) {
            RedisValue value = ctx.db().get(key);
            if (value != null && options.accepts(key.bytes())
                    && (options.type() == null || options.type().equalsIgnoreCase(value.type().typeName()))) {
                keys.add(Reply.bulk(key.bytes()));
            }
        }
        return Reply.array(List.of(Reply.bulk(Long.toUnsignedString(page.next())), Reply.array(keys)));
    }

    private static Reply randomkey(CommandContext ctx) {
        List<ByteKey> keys = ctx.db().keys();
        if (keys.isEmpty()) {
            return Reply.NULL;
        }
        return Reply.bulk(keys.get(ThreadLocalRandom.current().nextInt(keys.size())).bytes());
    }

    private static Reply object(CommandContext ctx) {
        String sub = ctx.option(1);
        if (sub.equals("HELP")) {
            return Reply
                .array(List.of(new Reply.Simple("OBJECT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:"),
                        new Reply.Simple("ENCODING <key>"), new Reply.Simple("FREQ <key>"),
                        new Reply.Simple("IDLETIME <key>"), new Reply.Simple("REFCOUNT <key>")));
        }
        if (!List.of("ENCODING", "FREQ", "IDLETIME", "REFCOUNT").contains(sub)) {
            throw new RedisError(Errors.unknownSubcommand("object", ctx.text(1)));
        }
        if (ctx.argc() != 3) {
            throw new RedisError(Errors.arity("object|" + sub.toLowerCase(java.util.Locale.ROOT)));
        }
        RedisValue value = ctx.db().get(ctx.key(2));
        if (value == null) {
            return Reply.NULL;
        }
        return switch (sub) {
            case "ENCODING" -> Reply.bulk(value.encoding());
            case "REFCOUNT" -> Reply.ONE;
            case "IDLETIME" -> Reply.ZERO;
            default -> throw new RedisError("ERR An LFU maxmemory policy is not selected, access frequency not "
                    + "tracked. Please note that when switching between policies at runtime LRU and LFU data will "
                    + "take some time to adjust.");
        };
    }

}
