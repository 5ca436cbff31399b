package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.Client;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.Glob;
import io.unikv.testserver.internal.engine.PubSub;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.ADMIN;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.FAST;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.LOADING;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.NOSCRIPT;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.PUBSUB;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.STALE;

/**
 * Pub/sub: SUBSCRIBE, PSUBSCRIBE, SSUBSCRIBE, their UNSUBSCRIBE forms, PUBLISH, SPUBLISH,
 * PUBSUB and MONITOR. Confirmations are push frames (arrays in RESP2); a command with
 * several channels sends one per channel, the last as its reply.
 *
 * @author unikv authors
 */
final class PubSubCommands {

    private static final List<Reply> HELP = List.of(
            new Reply.Simple("PUBSUB <subcommand> [<arg> [value] [opt] ...]. Subcommands are:"),
            new Reply.Simple("CHANNELS [<pattern>]"),
            new Reply.Simple("    Return the currently active channels matching a <pattern> (default: '*')."),
            new Reply.Simple("NUMPAT"), new Reply.Simple("    Return number of subscriptions to patterns."),
            new Reply.Simple("NUMSUB [<channel> ...]"),
            new Reply.Simple("    Return the number of subscribers for the specified channels, excluding"),
            new Reply.Simple("    pattern subscriptions(default: no channels)."),
            new Reply.Simple("SHARDCHANNELS [<pattern>]"),
            new Reply.Simple(
                    "    Return the currently active shard level channels matching a <pattern> (default: '*')."),
            new Reply.Simple("SHARDNUMSUB [<shardchannel> ...]"),
            new Reply.Simple("    Return the number of subscribers for the specified shard level channel(s)"),
            new Reply.Simple("HELP"), new Reply.Simple("    Prints this help."));

    private PubSubCommands() {
    }

    static void register(CommandTable table) {
        table.register(
                CommandSpec.of("subscribe", -2, (ctx) -> subscribe(ctx, Kind.CHANNEL), PUBSUB, NOSCRIPT, LOADING,
                        STALE),
                CommandSpec.of("psubscribe", -2, (ctx) -> subscribe(ctx, Kind.PATTERN), PUBSUB, NOSCRIPT, LOADING,
                        STALE),
                CommandSpec.keys("ssubscribe", -2, 1, -1, 1, (ctx) -> subscribe(ctx, Kind.SHARD), PUBSUB, NOSCRIPT,
                        LOADING, STALE),
                CommandSpec.of("unsubscribe", -1, (ctx) -> unsubscribe(ctx, Kind.CHANNEL), PUBSUB, NOSCRIPT, LOADING,
                        STALE),
                CommandSpec.of("punsubscribe", -1, (ctx) -> unsubscribe(ctx, Kind.PATTERN), PUBSUB, NOSCRIPT, LOADING,
                        STALE),
                CommandSpec.keys("sunsubscribe", -1, 1, -1, 1, (ctx) -> unsubscribe(ctx, Kind.SHARD), PUBSUB, NOSCRIPT,
                        LOADING, STALE),
                CommandSpec.of("publish", 3, (ctx) -> publish(ctx, false), PUBSUB, LOADING, STALE, FAST),
                CommandSpec.keys("spublish", 3, 1, 1, 1, (ctx) -> publish(ctx, true), PUBSUB, LOADING, STALE, FAST),
                CommandSpec.of("pubsub", -2, PubSubCommands::pubsub, PUBSUB, LOADING, STALE),
                CommandSpec.of("monitor", 1, PubSubCommands::monitor, ADMIN, NOSCRIPT, LOADING, STALE));
    }

    private static Reply publish(CommandContext ctx, boolean shard) {
        long receivers = shard ? ctx.engine().pubSub().spublish(ctx.client(), ctx.arg(1), ctx.arg(2))
                : ctx.engine().pubSub().publish(ctx.client(), ctx.arg(1), ctx.arg(2));
        ctx.engine().propagatePublish(ctx.arg(1), ctx.arg(2), shard);
        return Reply.integer(receivers);
    }

    private static Reply subscribe(CommandContext ctx, Kind kind) {
        PubSub pubSub = ctx.engine().pubSub();
        Client client = ctx.client();
        List<Reply> confirmations = new ArrayList<>(ctx.argc() - 1);
        for (int i = 1; i < ctx.argc(); i++) {
            ByteKey name = ctx.key(i);
            switch (kind) {
                case CHANNEL -> pubSub.subscribe(client, name);
                case PATTERN -> pubSub.psubscribe(client, name);
                case SHARD -> pubSub.ssubscribe(client, name);
            }
            confirmations.add(confirmation(kind.subscribe, Reply.bulk(ctx.arg(i)), count(client, kind)));
        }
        return sendAllButLast(ctx, confirmations);
    }

    private static Reply unsubscribe(CommandContext ctx, Kind kind) {
        PubSub pubSub = ctx.engine().pubSub();
        Client client = ctx.client();
        List<ByteKey> names = new ArrayList<>();
        if (ctx.argc() > 1) {
            for (int i = 1; i < ctx.argc(); i++) {
                names.add(ctx.key(i));
            }
        }
        else {
            names.addAll(switch (kind) {
                case CHANNEL -> client.pubSub().channels();
                case PATTERN -> client.pubSub().patterns();
                case SHARD -> client.pubSub().shardChannels();
            });
        }
        if (names.isEmpty()) {
            return confirmation(kind.unsubscribe, Reply.NULL, count(client, kind));
        }
        List<Reply> confirmations = new ArrayList<>(names.size());
        for (ByteKey name : names) {
            switch (kind) {
                case CHANNEL -> pubSub.unsubscribe(client, name);
                case PATTERN -> pubSub.punsubscribe(client, name);
                case SHARD -> pubSub.sunsubscribe(client, name);
            }
            confirmations.add(confirmation(kind.unsubscribe, Reply.bulk(name.bytes()), count(client, kind)));
        }
        return sendAllButLast(ctx, confirmations);
    }

    private static int count(Client client, Kind kind) {
        return (kind == Kind.SHARD) ? client.pubSub().shardChannels().size() : client.pubSub().count();
    }

    private static Reply confirmation(String kind, Reply name, int count) {
        return new Reply.Push(List.of(Reply.bulk(kind), name, Reply.integer(count)));
    }

    private static Reply sendAllButLast(CommandContext ctx, List<Reply> replies) {
        for (int i = 0; i < replies.size() - 1; i++) {
            ctx.client().sink().send(replies.get(i));
        }
        return replies.get(replies.size() - 1);
    }

    private static Reply pubsub(CommandContext ctx) {
        PubSub pubSub = ctx.engine().pubSub();
        String sub = ctx.option(1);
        switch (sub) {
            case "CHANNELS", "SHARDCHANNELS" -> {
                if (ctx.argc() > 3) {
                    throw new RedisError(Errors.subcommandSyntax("pubsub", ctx.text(1)));
                }
                List<byte[]> channels = new ArrayList<>();
                for (ByteKey channel : pubSub.activeChannels(sub.equals("SHARDCHANNELS"))) {
                    if (ctx.argc() == 2 || Glob.matches(ctx.arg(2), channel.bytes(), false)) {
                        channels.add(channel.bytes());
                    }
                }
                return Reply.bulks(channels);
            }
            case "NUMSUB", "SHARDNUMSUB" -> {
                List<Reply> counts = new ArrayList<>();
                for (int i = 2; i < ctx.argc(); i++) {
                    counts.add(Reply.bulk(ctx.arg(i)));
                    counts.add(Reply.integer(pubSub.subscribers(ctx.key(i), sub.equals("SHARDNUMSUB"))));
                }
                return Reply.array(counts);
            }
            case "NUMPAT" -> {
                arity(ctx, "numpat");
                return Reply.integer(pubSub.patternCount());
            }
            case "HELP" -> {
                arity(ctx, "help");
                return Reply.array(HELP);
            }
            default -> throw new RedisError(Errors.unknownSubcommand("pubsub", ctx.text(1)));
        }
    }

    private static void arity(CommandContext ctx, String sub) {
        if (ctx.argc() != 2) {
            throw new RedisError(Errors.arity("pubsub|" + sub));
        }
    }

    private static Reply monitor(CommandContext ctx) {
        if (ctx.client().pubSub().monitor()) {
            return Reply.OK;
        }
        ctx.engine().pubSub().monitor(ctx.client());
        return Reply.OK;
    }

    private enum Kind {

        CHANNEL("subscribe", "unsubscribe"), PATTERN("psubscribe", "punsubscribe"), SHARD("ssubscribe", "sunsubscribe");

        final String subscribe;

        final String unsubscribe;

        Kind(String subscribe, String unsubscribe) {
            this.subscribe = subscribe;
            this.unsubscribe = unsubscribe;
        }

    }

}
