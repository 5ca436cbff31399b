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
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.output.CommandOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.ProtocolKeyword;
import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.KvConnectionException;
import io.unikv.KvServerException;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import io.unikv.transport.Transport;

/**
 * A test-only {@link Transport} over one Lettuce connection: every command is sent with
 * {@code dispatch} and its reply is rebuilt as a {@link Reply}, RESP3 maps, sets and
 * doubles included. The protocol is chosen explicitly so tests can compare RESP2 and
 * RESP3 replies. Transactions assume one caller at a time.
 *
 * @author unikv authors
 */
final class Resp3TestTransport implements Transport {

    private final RedisClient client;

    private final StatefulRedisConnection<byte[], byte[]> connection;

    private final String uri;

    Resp3TestTransport(RedisURI uri, ProtocolVersion protocol) {
        this.uri = uri.getHost() + ":" + uri.getPort();
        this.client = RedisClient.create(uri);
        this.client.setOptions(ClientOptions.builder().protocolVersion(protocol).build());
        this.connection = this.client.connect(ByteArrayCodec.INSTANCE);
    }

    @Override
    public CompletableFuture<Response> send(Request request) {
        RedisAsyncCommands<byte[], byte[]> async = this.connection.async();
        List<CompletableFuture<Reply>> replies = new ArrayList<>();
        if (request.mode() == Request.Mode.TRANSACTION) {
            // Lettuce recognizes MULTI and EXEC by name and hands each queued command its
            // reply.
            dispatch(async, Command.write("MULTI"));
            request.commands().forEach((command) -> replies.add(dispatch(async, command)));
            // EXEC completes with Lettuce's TransactionResult, not a Reply: only its
            // outcome counts.
            CompletableFuture<Object> exec = dispatch(async, Command.write("EXEC"), Object.class);
            return exec.thenCompose((result) -> collect(replies));
        }
        request.commands().forEach((command) -> replies.add(dispatch(async, command)));
        return collect(replies);
    }

    private static CompletableFuture<Response> collect(List<CompletableFuture<Reply>> replies) {
        return CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new))
            .thenApply((done) -> new Response(replies.stream().map(CompletableFuture::join).toList(), null));
    }

    private CompletableFuture<Reply> dispatch(RedisAsyncCommands<byte[], byte[]> async, Command command) {
        return dispatch(async, command, Reply.class).thenApply((reply) -> (reply != null) ? reply : Reply.NIL);
    }

    private <T> CompletableFuture<T> dispatch(RedisAsyncCommands<byte[], byte[]> async, Command command,
            Class<T> type) {
        CommandArgs<byte[], byte[]> args = new CommandArgs<>(ByteArrayCodec.INSTANCE);
        command.args().forEach(args::add);
        @SuppressWarnings("unchecked")
        CommandOutput<byte[], byte[], T> output = (CommandOutput<byte[], byte[], T>) (CommandOutput<?, ?, ?>) new ReplyOutput();
        CompletionStage<T> stage = async.dispatch(new Keyword(command.name()), output, args);
        return stage.toCompletableFuture().handle((reply, failure) -> {
            if (failure != null) {
                Throwable cause = (failure instanceof CompletionException && failure.getCause() != null)
                        ? failure.getCause() : failure;
                if (cause instanceof RedisCommandExecutionException) {
                    throw new KvServerException(cause.getMessage());
                }
                throw new KvConnectionException("Command failed: " + failure.getMessage(), failure);
            }
            return reply;
        });
    }

    @Override
    public String description() {
        return "lettuce-test " + this.uri;
    }

    @Override
    public void close() {
        this.connection.close();
        this.client.shutdown();
    }

    /**
     * A command name for {@code dispatch}; Lettuce recognizes MULTI and EXEC by its text.
     */
    private record Keyword(String text) implements ProtocolKeyword {

        @Override
        public byte[] getBytes() {
            return this.text.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public String toString() {
            return this.text;
        }

    }

    /**
     * Rebuilds the reply tree from Lettuce's decoder callbacks. Error replies become
     * {@link Reply.Error} values, so the command itself completes normally.
     */
    static final class ReplyOutput extends CommandOutput<byte[], byte[], Reply> {

        private final Deque<Aggregate> stack = new ArrayDeque<>();

        ReplyOutput() {
            super(ByteArrayCodec.INSTANCE, null);
        }

        @Override
        public void set(ByteBuffer bytes) {
            if (bytes == null) {
                add(Reply.NIL);
                return;
            }
            byte[] data = new byte[bytes.remaining()];
            bytes.get(data);
            add(new Reply.Bulk(data));
        }

        @Override
        public void setBigNumber(ByteBuffer bytes) {
            add(new Reply.BigNumber(decodeString(bytes)));
        }

        @Override
        public void set(long integer) {
            add(new Reply.Int(integer));
        }

        @Override
        public void set(double number) {
            add(new Reply.Double(number));
        }

        @Override
        public void set(boolean value) {
            add(new Reply.Bool(value));
        }

        @Override
        public void setError(ByteBuffer error) {
            add(new Reply.Error(decodeString(error)));
        }

        @Override
        public void multiArray(int count) {
            open(Kind.ARRAY, count);
        }

        @Override
        public void multiPush(int count) {
            open(Kind.PUSH, count);
        }

        @Override
        public void multiSet(int count) {
            open(Kind.SET, count);
        }

        @Override
        public void multiMap(int count) {
            open(Kind.MAP, (count < 0) ? count : count * 2);
        }

        @Override
        public void multi(int count) {
            open(Kind.ARRAY, count);
        }

        private void open(Kind kind, int count) {
            if (count < 0) {
                add(Reply.NIL);
                return;
            }
            Aggregate aggregate = new Aggregate(kind, count);
            if (count == 0) {
                add(aggregate.build());
                return;
            }
            this.stack.push(aggregate);
        }

        private void add(Reply reply) {
            Reply current = reply;
            while (true) {
                Aggregate top = this.stack.peek();
                if (top == null) {
                    this.output = current;
                    return;
                }
                top.elements.add(current);
                if (top.elements.size() < top.expected) {
                    return;
                }
                this.stack.pop();
                current = top.build();
            }
        }

        private enum Kind {

            ARRAY, PUSH, SET, MAP

        }

        private static final class Aggregate {

            private final Kind kind;

            private final int expected;

            private final List<Reply> elements = new ArrayList<>();

            Aggregate(Kind kind, int expected) {
                this.kind = kind;
                this.expected = expected;
            }

            Reply build() {
                return switch (this.kind) {
                    case ARRAY -> new Reply.Array(this.elements);
                    case PUSH -> new Reply.Push(this.elements);
                    case SET -> new Reply.Set(this.elements);
                    case MAP -> {
                        Map<Reply, Reply> entries = new LinkedHashMap<>();
                        for (int i = 0; i + 1 < this.elements.size(); i += 2) {
                            entries.put(this.elements.get(i), this.elements.get(i + 1));
                        }
                        yield new Reply.MapReply(entries);
                    }
                };
            }

        }

    }

}
