package io.unikv.internal.commands;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.unikv.codec.KvCodec;
import io.unikv.commands.GeoAddOptions;
import io.unikv.commands.GeoCoordinates;
import io.unikv.commands.GeoMember;
import io.unikv.commands.GeoResult;
import io.unikv.commands.GeoSearch;
import io.unikv.commands.GeoUnit;
import io.unikv.commands.RedisGeoAsyncCommands;
import io.unikv.internal.CommandExecutor;
import io.unikv.internal.Converters;
import io.unikv.internal.TypedCommand;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * {@link RedisGeoAsyncCommands} over a command executor.
 *
 * @author unikv authors
 */
public final class GeoCommandsImpl implements RedisGeoAsyncCommands {

    private final CommandExecutor executor;

    private final KvCodec codec;

    /**
     * Create the family.
     * @param executor where commands go
     * @param codec how members are written
     */
    public GeoCommandsImpl(CommandExecutor executor, KvCodec codec) {
        this.executor = executor;
        this.codec = codec;
    }

    @Override
    public CompletableFuture<Long> geoadd(String key, double longitude, double latitude, Object member) {
        return geoadd(key, GeoAddOptions.none(), GeoMember.of(member, longitude, latitude));
    }

    @Override
    public CompletableFuture<Long> geoadd(String key, GeoMember... members) {
        return geoadd(key, GeoAddOptions.none(), members);
    }

    @Override
    public CompletableFuture<Long> geoadd(String key, GeoAddOptions options, GeoMember... members) {
        ArgList args = ArgList.of(key).addAll(options.arguments());
        for (GeoMember member : members) {
            args.add(member.coordinates().longitude(), member.coordinates().latitude(),
                    this.codec.encode(member.member()));
        }
        return run(Command.write("GEOADD", args.toArray()), Converters.integer());
    }

    @Override
    public CompletableFuture<List<@Nullable GeoCoordinates>> geopos(String key, Object... members) {
        return run(Command.read("GEOPOS", ArgList.of(key).values(this.codec, members).toArray()),
                Converters.list(GeoReplies.coordinates()));
    }

    @Override
    public CompletableFuture<@Nullable Double> geodist(String key, Object member1, Object member2) {
        return run(Command.read("GEODIST", key, this.codec.encode(member1), this.codec.encode(member2)),
                Converters.dbl());
    }

    @Override
    public CompletableFuture<@Nullable Double> geodist(String key, Object member1, Object member2, GeoUnit unit) {
        return run(Command.read("GEODIST", key, this.codec.encode(member1), this.codec.encode(member2), unit.name()),
                Converters.dbl());
    }

    @Override
    public CompletableFuture<List<@Nullable String>> geohash(String key, Object... members) {
        return run(Command.read("GEOHASH", ArgList.of(key).values(this.codec, members).toArray()),
                Converters.list(Converters.string()));
    }

    @Override
    public CompletableFuture<List<GeoResult>> geosearch(String key, GeoSearch search) {
        ArgList args = ArgList.of(key).addAll(centre(search)).addAll(search.shapeArguments());
        args.addAll(search.optionArguments(true));
        return run(Command.read("GEOSEARCH", args.toArray()), GeoReplies.results(search));
    }

    @Override
    public CompletableFuture<Long> geosearchstore(String destination, String source, GeoSearch search,
            boolean storeDist) {
        ArgList args = ArgList.of(destination, source).addAll(centre(search)).addAll(search.shapeArguments());
        args.addAll(search.optionArguments(false));
        if (storeDist) {
            args.add("STOREDIST");
        }
        return run(Command.write("GEOSEARCHSTORE", args.toArray()), Converters.integer());
    }

    @Override
    public CompletableFuture<List<GeoResult>> georadius(String key, GeoSearch search) {
        ArgList args = radiusArgs(key, search).addAll(search.optionArguments(true));
        String name = (search.member() != null) ? "GEORADIUSBYMEMBER_RO" : "GEORADIUS_RO";
        return run(Command.read(name, args.toArray()), GeoReplies.results(search));
    }

    @Override
    public CompletableFuture<Long> georadiusStore(String key, GeoSearch search, String destination, boolean storeDist) {
        ArgList args = radiusArgs(key, search).addAll(search.optionArguments(false));
        args.add(storeDist ? "STOREDIST" : "STORE", destination);
        String name = (search.member() != null) ? "GEORADIUSBYMEMBER" : "GEORADIUS";
        return run(Command.write(name, args.toArray()), Converters.integer());
    }

    private List<Object> centre(GeoSearch search) {
        Object member = search.member();
        if (member != null) {
            return List.of("FROMMEMBER", this.codec.encode(member));
        }
        GeoCoordinates coordinates = search.coordinates();
        return List.of("FROMLONLAT", coordinates.longitude(), coordinates.latitude());
    }

    private ArgList radiusArgs(String key, GeoSearch search) {
        if (search.isBox()) {
            throw new IllegalArgumentException("GEORADIUS searches by radius only: " + search);
        }
        Object member = search.member();
        ArgList args = ArgList.of(key);
        if (member != null) {
            args.add(this.codec.encode(member));
        }
        else {
            GeoCoordinates coordinates = search.coordinates();
            args.add(coordinates.longitude(), coordinates.latitude());
        }
        return args.add(search.radius(), search.unit().name());
    }

    private <T> CompletableFuture<T> run(Command command, Function<Reply, T> converter) {
        return this.executor.execute(new TypedCommand<>(command, converter));
    }

}
