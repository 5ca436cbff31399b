package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.LOADING;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.STALE;

/**
 * {@code COMMAND}: the list of commands, COUNT, INFO, DOCS, LIST and GETKEYS, generated
 * from the command table.
 *
 * @author unikv authors
 */
final class CommandCommands {

    private CommandCommands() {
    }

    static void register(CommandTable table) {
        table.register(CommandSpec.of("command", -1, CommandCommands::command, LOADING, STALE));
    }

    private static Reply command(CommandContext ctx) {
        CommandTable table = ctx.engine().table();
        if (ctx.argc() == 1) {
            List<Reply> all = new ArrayList<>();
            for (CommandSpec spec : table.all()) {
                all.add(info(spec));
            }
            return Reply.array(all);
        }
        String sub = ctx.option(1);
        switch (sub) {
            case "COUNT":
                return Reply.integer(table.all().size());
            case "LIST": {
                List<Reply> names = new ArrayList<>();
                for (CommandSpec spec : table.all()) {
                    names.add(Reply.bulk(spec.name()));
                }
                return Reply.array(names);
            }
            case "INFO": {
                List<Reply> infos = new ArrayList<>();
                if (ctx.argc() == 2) {
                    table.all().forEach((spec) -> infos.add(info(spec)));
                }
                for (int i = 2; i < ctx.argc(); i++) {
                    CommandSpec spec = table.lookup(ctx.arg(i));
                    infos.add((spec != null) ? info(spec) : Reply.NULL_ARRAY);
                }
                return Reply.array(infos);
            }
            case "DOCS": {
                List<Reply> docs = new ArrayList<>();
                for (int i = 2; i < ctx.argc(); i++) {
                    CommandSpec spec = table.lookup(ctx.arg(i));
                    if (spec != null) {
                        docs.add(Reply.bulk(spec.name()));
                        docs.add(new Reply.MapReply(List.of(Reply.bulk("summary"), Reply.bulk(""), Reply.bulk("since"),
                                Reply.bulk("1.0.0"), Reply.bulk("group"), Reply.bulk("generic"))));
                    }
                }
                return new Reply.MapReply(docs);
            }
            case "GETKEYS":
                return getKeys(ctx, table);
            default:
                throw new RedisError(Errors.unknownSubcommand("command", ctx.text(1)));
        }
    }

    private static Reply getKeys(CommandContext ctx, CommandTable table) {
        if (ctx.argc() < 4) {
            throw new RedisError(Errors.arity("command|getkeys"));
        }
        CommandSpec spec = table.lookup(ctx.arg(2));
        if (spec == null) {
            throw new RedisError("ERR Invalid command specified");
        }
        int argc = ctx.argc() - 2;
        if (!spec.acceptsArity(argc)) {
            throw new RedisError("ERR Invalid number of arguments specified for command");
        }
        if (spec.firstKey() == 0) {
            throw new RedisError("ERR The command has no key arguments");
        }
        int last = (spec.lastKey() < 0) ? argc + spec.lastKey() : spec.lastKey();
        List<Reply> keys = new ArrayList<>();
        for (int i = spec.firstKey(); i <= last; i += spec.step()) {
            keys.add(Reply.bulk(ctx.arg(i + 2)));
        }
        return Reply.array(keys);
    }

    private static Reply info(CommandSpec spec) {
        List<Reply> flags = new ArrayList<>();
        for (CommandSpec.Flag flag : spec.flags()) {
            flags.add(new Reply.Simple(flag.name().toLowerCase(Locale.ROOT)));
        }
        return Reply.array(List.of(Reply.bulk(spec.name()), Reply.integer(spec.arity()), new Reply.SetReply(flags),
                Reply.integer(spec.firstKey()), Reply.integer(spec.lastKey()), Reply.integer(spec.step()),
                new Reply.SetReply(List.of()), new Reply.SetReply(List.of()), Reply.EMPTY_ARRAY, Reply.EMPTY_ARRAY));
    }

}
