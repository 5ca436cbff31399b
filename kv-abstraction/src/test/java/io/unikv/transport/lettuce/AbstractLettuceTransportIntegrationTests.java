package io.unikv.transport.lettuce;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.unikv.KvServerException;
import io.unikv.RedisStore;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Transport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Behaviour every {@link LettuceTransport} shows, whatever it connects to. Subclasses
 * provide the transport.
 *
 * @author unikv authors
 */
abstract class AbstractLettuceTransportIntegrationTests {

    /**
     * Return the transport under test; subclasses close it.
     * @return the transport
     */
    protected abstract Transport transport();

    /**
     * A key prefix, so cluster subclasses can keep keys of one test in one slot.
     * @return the prefix
     */
    protected String key(String name) {
        return "{t}" + name;
    }

    protected static String text(Reply reply) {
        return reply.asString();
    }

    @Test
    void executesACommand() {
        assertThat(transport().execute(Command.write("SET", key("a"), "1")).join().asString()).isEqualTo("OK");
        assertThat(text(transport().execute(Command.read("GET", key("a"))).join())).isEqualTo("1");
        assertThat(transport().execute(Command.read("GET", key("missing"))).join()).isEqualTo(Reply.NIL);
        assertThat(transport().execute(Command.write("INCRBY", key("n"), 5)).join()).isEqualTo(new Reply.Int(5));
    }

    @Test
    void binaryValuesRoundTrip() {
        byte[] value = { 0, 1, (byte) 0xff, '\r', '\n' };
        transport().execute(Command.write("SET", key("bin"), value)).join();
        assertThat(transport().execute(Command.read("GET", key("bin"))).join().asBytes()).isEqualTo(value);
    }

    @Test
    void errorRepliesAreValues() {
        transport().execute(Command.write("SET", key("s"), "text")).join();
        Reply reply = transport().execute(Command.write("INCR", key("s"))).join();
        assertThat(reply).isInstanceOf(Reply.Error.class);
        assertThat(((Reply.Error) reply).message()).startsWith("ERR");
        Reply wrongType = transport().execute(Command.write("LPUSH", key("s"), "x")).join();
        assertThat(((Reply.Error) wrongType).message()).startsWith("WRONGTYPE");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(wrongType::throwIfError)
            .satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("WRONGTYPE"));
    }

    @Test
    void resp3TypesArePreserved() {
        transport().execute(Command.write("HSET", key("h"), "f1", "v1", "f2", "v2")).join();
        Reply hash = transport().execute(Command.read("HGETALL", key("h"))).join();
        assertThat(hash).isInstanceOf(Reply.MapReply.class);
        Map<Reply, Reply> entries = ((Reply.MapReply) hash).entries();
        assertThat(entries).containsEntry(Reply.Bulk.of("f1"), Reply.Bulk.of("v1"))
            .containsEntry(Reply.Bulk.of("f2"), Reply.Bulk.of("v2"));
        transport().execute(Command.write("SADD", key("set"), "a", "b")).join();
        Reply members = transport().execute(Command.read("SMEMBERS", key("set"))).join();
        assertThat(members).isInstanceOf(Reply.Set.class);
        assertThat(members.asList()).containsExactlyInAnyOrder(Reply.Bulk.of("a"), Reply.Bulk.of("b"));
        transport().execute(Command.write("ZADD", key("z"), 1.5, "m")).join();
        assertThat(transport().execute(Command.read("ZSCORE", key("z"), "m")).join()).isEqualTo(new Reply.Double(1.5));
        Reply ranged = transport().execute(Command.read("ZRANGE", key("z"), 0, -1, "WITHSCORES")).join();
        assertThat(ranged.asList()).hasSize(1);
        assertThat(ranged.asList().get(0).asList()).containsExactly(Reply.Bulk.of("m"), new Reply.Double(1.5));
        Reply empty = transport().execute(Command.read("SMEMBERS", key("none"))).join();
        assertThat(empty.asList()).isEmpty();
    }

    @Test
    void pipelineOfAThousandCommandsAnswersInOrder() {
        List<Command> commands = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            commands.add((i % 2 == 0) ? Command.write("INCR", key("counter")) : Command.read("GET", key("counter")));
        }
        List<Reply> replies = transport().pipeline(commands).join();
        assertThat(replies).hasSize(1000);
        for (int i = 0; i < 1000; i += 2) {
            assertThat(replies.get(i)).isEqualTo(new Reply.Int(i / 2 + 1));
            assertThat(text(replies.get(i + 1))).isEqualTo(Integer.toString(i / 2 + 1));
        }
    }

    @Test
    void pipelineKeepsErrorsPerCommand() {
        List<Reply> replies = transport()
            .pipeline(List.of(Command.write("SET", key("p"), "x"), Command.write("INCR", key("p")),
                    Command.read("GET", key("p"))))
            .join();
        assertThat(replies.get(1)).isInstanceOf(Reply.Error.class);
        assertThat(text(replies.get(2))).isEqualTo("x");
    }

    @Test
    void transactionAnswersOneReplyPerCommand() {
        List<Reply> replies = transport().transaction(List.of(Command.write("SET", key("tx"), "1"),
                Command.write("INCR", key("tx")), Command.write("INCR", key("txs")), Command.read("GET", key("tx"))))
            .join();
        assertThat(replies).hasSize(4);
        assertThat(replies.get(1)).isEqualTo(new Reply.Int(2));
        assertThat(replies.get(2)).isEqualTo(new Reply.Int(1));
        assertThat(text(replies.get(3))).isEqualTo("2");
    }

    @Test
    void transactionKeepsRuntimeErrorsAsValues() {
        transport().execute(Command.write("SET", key("rt"), "text")).join();
        List<Reply> replies = transport()
            .transaction(List.of(Command.write("INCR", key("rt")), Command.write("SET", key("rt2"), "v")))
            .join();
        assertThat(replies.get(0)).isInstanceOf(Reply.Error.class);
        assertThat(text(transport().execute(Command.read("GET", key("rt2"))).join())).isEqualTo("v");
    }

    @Test
    void transactionWithAQueueingErrorIsDiscarded() {
        CompletableFuture<List<Reply>> result = transport()
            .transaction(List.of(Command.write("SET", key("ab"), "1"), Command.write("INCR")));
        assertThatExceptionOfType(Exception.class).isThrownBy(result::join)
            .havingCause()
            .isInstanceOf(KvServerException.class)
            .withMessageStartingWith("EXECABORT");
        assertThat(transport().execute(Command.read("EXISTS", key("ab"))).join()).isEqualTo(new Reply.Int(0));
        // The dedicated connection is usable again.
        assertThat(transport().transaction(List.of(Command.write("INCR", key("ab")))).join())
            .containsExactly(new Reply.Int(1));
    }

    @Test
    void concurrentTransactionsAndCommandsDoNotInterleave() {
        List<CompletableFuture<?>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            futures.add(transport().transaction(List.of(Command.write("INCR", key("atomic")),
                    Command.write("INCR", key("atomic")), Command.read("GET", key("atomic"))))
                .thenAccept((replies) -> {
                    long first = replies.get(0).asLong();
                    assertThat(replies.get(1).asLong()).isEqualTo(first + 1);
                    assertThat(replies.get(2).asLong()).isEqualTo(first + 1);
                }));
            futures.add(transport().execute(Command.write("INCR", key("atomic"))));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        assertThat(transport().execute(Command.read("GET", key("atomic"))).join().asLong()).isEqualTo(600);
    }

    @Test
    void storeWorksOverTheTransport() {
        RedisStore store = RedisStore.builder().transport(new NonClosing(transport())).build();
        assertThat(store.ping()).isEqualTo("PONG");
        transport().execute(Command.write("SET", key("store"), "v")).join();
        assertThat(store.dbSize()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void connectionStateCommandsAreRefused() {
        assertThatExceptionOfType(Exception.class).isThrownBy(() -> transport().execute(Command.write("MULTI")).join())
            .withMessageContaining("transaction()");
    }

    protected static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Lets a store use the shared transport without closing it.
     */
    static final class NonClosing implements Transport {

        private final Transport delegate;

        NonClosing(Transport delegate) {
            this.delegate = delegate;
        }

        @Override
        public CompletableFuture<io.unikv.transport.Response> send(io.unikv.transport.Request request) {
            return this.delegate.send(request);
        }

        @Override
        public String description() {
            return this.delegate.description();
        }

        @Override
        public void close() {
        }

    }

}
