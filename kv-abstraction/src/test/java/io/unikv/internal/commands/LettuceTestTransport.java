package io.unikv.internal.commands;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.output.CommandOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.ProtocolKeyword;
import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.KvConnectionException;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import io.unikv.transport.Transport;

/**
 * A test-only {@link Transport} over one Lettuce connection: each command goes through
 * {@code dispatch} with an output that rebuilds the reply as a {@link Reply}, keeping
 * RESP3 maps, sets, doubles and booleans, and error replies as values. The protocol is
 * chosen so tests can run against both RESP2 and RESP3 shapes. Transactions are sent as
 * {@code MULTI}, the commands and {@code EXEC}, and assume one caller at a time.
 *
 * @author unikv authors
 */
final class LettuceTestTransport implements Transport {

    private final RedisClient client;

    private final StatefulRedisConnection<byte[], byte[]> connection;

    private final String description;

    LettuceTestTransport(String redisUri, ProtocolVersion protocol) {
        this.client = RedisClient.create(RedisURI.create(redisUri));
        this.client.setOptions(ClientOptions.builder().protocolVersion(protocol).build());
        this.connection = this.client.connect(ByteArrayCodec.INSTANCE);
        this.description = "lettuce-test " + redisUri + " " + protocol;
    }

    @Override
    public CompletableFuture<Response> send(Request request) {
        try {
            if (request.mode() == Request.Mode.TRANSACTION) {
                return multiExec(request.commands());
            }
            List<CompletableFuture<Reply>> futures = new ArrayList<>();
            for (Command command : request.commands()) {
                futures.add(dispatch(command));
            }
            return collect(futures);
        }
        catch (RuntimeException ex) {
            return CompletableFuture.failedFuture(new KvConnectionException("Could not send", ex));
        }
    }

    private CompletableFuture<Response> multiExec(List<Command> commands) {
        dispatch(Command.write("MULTI"));
        List<CompletableFuture<Reply>> queued = new ArrayList<>();
        for (Command command : commands) {
            queued.add(dispatch(command));
        }
        return dispatch(Command.write("EXEC")).thenCompose((exec) -> {
            if (exec instanceof Reply.Error error) {
                return CompletableFuture.failedFuture(new io.unikv.KvServerException(error.message()));
            }
            return CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new))
                .thenApply((done) -> new Response(exec.asList(), null));
        });
    }

    private static CompletableFuture<Response> collect(List<CompletableFuture<Reply>> futures) {
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).thenApply((done) -> {
            List<Reply> replies = new ArrayList<>(futures.size());
            futures.forEach((future) -> replies.add(future.join()));
            return new Response(replies, null);
        }).exceptionallyCompose((ex) -> CompletableFuture.failedFuture(new KvConnectionException("Failed", ex)));
    }

    private CompletableFuture<Reply> dispatch(Command command) {
        CommandArgs<byte[], byte[]> args = new CommandArgs<>(ByteArrayCodec.INSTANCE);
        command.args().forEach(args::add);
        return this.connection.async()
            .dispatch(new Keyword(command.name()), new ReplyOutput(), args)
            .toCompletableFuture();
    }

    @Override
    public String description() {
        return this.description;
    }

    @Override
    public void close() {
        this.connection.close();
        this.client.shutdown();
    }

    private record Keyword(String name) implements ProtocolKeyword {

        @Override
        public byte[] getBytes() {
            return this.name.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public String toString() {
            // Lower case keeps Lettuce from tracking MULTI/EXEC itself: replies stay raw.
            return this.name.toLowerCase(java.util.Locale.ROOT);
        }

    }

    /**
     * Builds a {@link Reply} from Lettuce's parser callbacks. Aggregates are counted here
     * (a map of n entries holds 2n elements), so {@code complete} is not needed.
     */
    private static final class ReplyOutput extends CommandOutput<byte[], byte[], Reply> {

        private final Deque<Frame> stack = new ArrayDeque<>();

        ReplyOutput() {
            super(ByteArrayCodec.INSTANCE, null);
        }

        @Override
        public void set(ByteBuffer bytes) {
            add((bytes != null) ? new Reply.Bulk(copy(bytes)) : Reply.NIL);
        }

        @Override
        public void setSingle(ByteBuffer bytes) {
            add((bytes != null) ? new Reply.Status(new String(copy(bytes), StandardCharsets.UTF_8)) : Reply.NIL);
        }

        @Override
        public void setBigNumber(ByteBuffer bytes) {
            add(new Reply.BigNumber(new String(copy(bytes), StandardCharsets.US_ASCII)));
        }

        @Override
        public void set(long value) {
            add(new Reply.Int(value));
        }

        @Override
        public void set(double value) {
            add(new Reply.Double(value));
        }

        @Override
        public void set(boolean value) {
            add(new Reply.Bool(value));
        }

        @Override
        public void setError(ByteBuffer bytes) {
            add(new Reply.Error((bytes != null) ? new String(copy(bytes), StandardCharsets.UTF_8) : "ERR"));
        }

        @Override
        public void setError(String message) {
            add(new Reply.Error(message));
        }

        @Override
        public void multi(int count) {
            multiArray(count);
        }

        @Override
        public void multiArray(int count) {
            open('*', count);
        }

        @Override
        public void multiPush(int count) {
            open('>', count);
        }

        @Override
        public void multiSet(int count) {
            open('~', count);
        }

        @Override
        public void multiMap(int count) {
            open('%', (count > 0) ? count * 2 : count);
        }

        private void open(char kind, int count) {
            if (count < 0) {
                add(Reply.NIL);
                return;
            }
            this.stack.push(new Frame(kind, count));
            closeFull();
        }

        private void add(Reply reply) {
            if (this.stack.isEmpty()) {
                this.output = reply;
                return;
            }
            this.stack.peek().items.add(reply);
            closeFull();
        }

        private void closeFull() {
            while (!this.stack.isEmpty() && this.stack.peek().items.size() >= this.stack.peek().size) {
                Reply done = this.stack.pop().reply();
                if (this.stack.isEmpty()) {
                    this.output = done;
                }
                else {
                    this.stack.peek().items.add(done);
                }
            }
        }

        private static byte[] copy(ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return bytes;
        }

    }

    private record Frame(char kind, int size, List<Reply> items) {

        Frame(char kind, int size) {
            this(kind, size, new ArrayList<>());
        }

        Reply reply() {
            return switch (this.kind) {
                case '%' -> {
                    Map<Reply, Reply> entries = new LinkedHashMap<>();
                    for (int i = 0; i + 1 < this.items.size(); i += 2) {
                        entries.put(this.items.get(i), this.items.get(i + 1));
                    }
                    yield new Reply.MapReply(entries);
                }
                case '~' -> new Reply.Set(this.items);
                case '>' -> new Reply.Push(this.items);
                default -> new Reply.Array(this.items);
            };
        }

    }

}
