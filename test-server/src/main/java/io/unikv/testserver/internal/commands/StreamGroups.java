package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.StreamGroup;
import io.unikv.testserver.internal.engine.StreamId;
import io.unikv.testserver.internal.engine.StreamValue;

/**
 * Consumer group management: XGROUP (CREATE, SETID, DESTROY, CREATECONSUMER, DELCONSUMER,
 * HELP) and XACK, with Redis 7.0's checks in its order: subcommand arity, options, key,
 * group.
 *
 * @author unikv authors
 */
final class StreamGroups {

    private static final Map<String, Integer> ARITY = Map.of("CREATE", -5, "SETID", -5, "DESTROY", 4, "CREATECONSUMER",
            5, "DELCONSUMER", 5, "HELP", 2);

    private static final List<String> HELP = List.of("XGROUP <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
            "CREATE <key> <groupname> <id|$> [option]", "    Create a new consumer group. Options are:",
            "    * MKSTREAM", "      Create the empty stream if it does not exist.", "    * ENTRIESREAD entries_read",
            "      Set the group's entries_read counter (internal use).", "CREATECONSUMER <key> <groupname> <consumer>",
            "    Create a new consumer in the specified group.", "DELCONSUMER <key> <groupname> <consumer>",
            "    Remove the specified consumer.", "DESTROY <key> <groupname>", "    Remove the specified group.",
            "SETID <key> <groupname> <id|$> [ENTRIESREAD entries_read]",
            "    Set the current group ID and entries_read counter.", "HELP", "    Prints this help.");

    private StreamGroups() {
    }

    /**
     * Check a container command's subcommand and its arity as Redis 7.0's command table
     * does.
     * @param ctx the command
     * @param container the container name, lower case
     * @param arities the subcommands' arities
     * @return the subcommand, upper case
     */
    static String subcommand(CommandContext ctx, String container, Map<String, Integer> arities) {
        String sub = ctx.option(1);
        Integer arity = arities.get(sub);
        if (arity == null) {
            throw new RedisError(Errors.unknownSubcommand(container, ctx.text(1)));
        }
        if ((arity >= 0) ? ctx.argc() != arity : ctx.argc() < -arity) {
            throw new RedisError(Errors.arity(container + "|" + sub.toLowerCase(java.util.Locale.ROOT)));
        }
        return sub;
    }

    /**
     * A help reply: one status line each.
     * @param lines the lines
     * @return the reply
     */
    static Reply help(List<String> lines) {
        List<Reply> items = new ArrayList<>();
        for (String line : lines) {
            items.add(new Reply.Simple(line));
        }
        return Reply.array(items);
    }

    static Reply xgroup(CommandContext ctx) {
        String sub = subcommand(ctx, "xgroup", ARITY);
        if (sub.equals("HELP")) {
            return help(HELP);
        }
        Database db = ctx.db();
        ByteKey key = ctx.key(2);
        boolean mkStream = false;
        long entriesRead = -1;
        if (sub.equals("CREATE")) {
            for (int i = 5; i < ctx.argc(); i++) {
                if (ctx.is(i, "MKSTREAM")) {
                    mkStream = true;
                }
                else if (ctx.is(i, "ENTRIESREAD") && i + 1 < ctx.argc()) {
                    entriesRead = entriesRead(ctx, ++i);
                }
                else {
                    throw syntax(ctx);
                }
            }
        }
        StreamValue stream = StreamCommands.stream(db, key);
        if (stream == null && !mkStream) {
            throw new RedisError(Errors.XGROUP_NO_KEY);
        }
        byte[] name = ctx.arg(3);
        StreamGroup group = (stream != null) ? stream.group(name) : null;
        if (group == null && !sub.equals("CREATE") && !sub.equals("DESTROY")) {
            throw new RedisError(Errors.noGroup(ctx.text(3), ctx.text(2)));
        }
        return switch (sub) {
            case "CREATE" -> create(ctx, stream, entriesRead);
            case "SETID" -> setId(ctx, stream, group);
            case "DESTROY" -> {
                if (ctx.argc() != 4 || group == null) {
                    yield Reply.ZERO;
                }
                stream.groups().remove(ByteKey.of(name));
                db.touchedReady(key);
                yield Reply.ONE;
            }
            case "CREATECONSUMER" -> {
                boolean created = group.consumer(ctx.arg(4)) == null;
                if (created) {
                    group.seen(ctx.arg(4), ctx.now());
                    db.touched(key);
                }
                yield created ? Reply.ONE : Reply.ZERO;
            }
            default -> {
                long pending = group.deleteConsumer(ctx.arg(4));
                if (pending >= 0) {
                    db.touched(key);
                }
                yield Reply.integer(Math.max(0, pending));
            }
        };
    }

    private static Reply create(CommandContext ctx, StreamValue existing, long entriesRead) {
        if (ctx.argc() > 8) {
            throw syntax(ctx);
        }
        StreamId id;
        if (ctx.text(4).equals("$")) {
            id = (existing != null) ? existing.lastId() : StreamId.MIN;
        }
        else {
            id = StreamIds.strict(ctx.arg(4));
        }
        StreamValue stream = existing;
        if (stream == null) {
            stream = new StreamValue();
            ctx.db().set(ctx.key(2), stream);
        }
        ByteKey name = ByteKey.of(ctx.arg(3));
        if (stream.groups().containsKey(name)) {
            throw new RedisError(Errors.BUSYGROUP);
        }
        stream.groups().put(name, new StreamGroup(id, entriesRead));
        ctx.db().touched(ctx.key(2));
        return Reply.OK;
    }

    private static Reply setId(CommandContext ctx, StreamValue stream, StreamGroup group) {
        if (ctx.argc() != 5 && ctx.argc() != 7) {
            throw syntax(ctx);
        }
        StreamId id = ctx.text(4).equals("$") ? stream.lastId() : StreamIds.loose(ctx.arg(4), 0);
        long entriesRead = -1;
        if (ctx.argc() == 7) {
            if (!ctx.is(5, "ENTRIESREAD")) {
                throw syntax(ctx);
            }
            entriesRead = entriesRead(ctx, 6);
        }
        group.lastId(id);
        group.entriesRead(entriesRead);
        ctx.db().touched(ctx.key(2));
        return Reply.OK;
    }

    private static long entriesRead(CommandContext ctx, int index) {
        long value = ctx.longArg(index);
        if (value < 0 && value != -1) {
            throw new RedisError(Errors.ENTRIESREAD_NEGATIVE);
        }
        return value;
    }

    private static RedisError syntax(CommandContext ctx) {
        return new RedisError(Errors.subcommandSyntax("xgroup", ctx.text(1)));
    }

    static Reply xack(CommandContext ctx) {
        Database db = ctx.db();
        StreamValue stream = StreamCommands.stream(db, ctx.key(1));
        StreamGroup group = (stream != null) ? stream.group(ctx.arg(2)) : null;
        if (group == null) {
            return Reply.ZERO;
        }
        List<StreamId> ids = new ArrayList<>();
        for (int i = 3; i < ctx.argc(); i++) {
            ids.add(StreamIds.strict(ctx.arg(i)));
        }
        int acknowledged = 0;
        for (StreamId id : ids) {
            if (group.ack(id)) {
                acknowledged++;
            }
        }
        if (acknowledged > 0) {
            db.touched(ctx.key(1));
        }
        return Reply.integer(acknowledged);
    }

}
