package io.unikv.testserver.internal.commands;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.KeyValue;
import io.lettuce.core.LMPopArgs;
import io.lettuce.core.LMoveArgs;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.TransactionResult;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.unikv.testserver.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blocking list commands over real connections with Lettuce: waking on a push from
 * another connection, first-come-first-served order, timeouts driven by a
 * {@link MutableClock}, atomic BLMOVE, no blocking inside MULTI, and clients that
 * disconnect while blocked.
 *
 * @author unikv authors
 */
class ListBlockingIntegrationTests extends BlockingServerSupport {

    @Test
    void blpopWakesWhenAnotherConnectionPushes() throws Exception {
        RedisFuture<KeyValue<String, String>> popped = connect().async().blpop(0, "queue", "other");
        awaitBlocked(1);
        assertThat(popped.isDone()).isFalse();
        assertThat(this.redis.rpush("queue", "job")).isEqualTo(1);
        assertThat(popped.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(KeyValue.just("queue", "job"));
        // The element went to the blocked client only.
        assertThat(this.redis.exists("queue")).isZero();
        awaitBlocked(0);
    }

    @Test
    void blockedClientsAreServedFirstComeFirstServed() throws Exception {
        RedisFuture<KeyValue<String, String>> first = connect().async().blpop(0, "queue");
        awaitBlocked(1);
        RedisFuture<KeyValue<String, String>> second = connect().async().brpop(0, "queue");
        awaitBlocked(2);
        this.redis.rpush("queue", "a");
        assertThat(first.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(KeyValue.just("queue", "a"));
        awaitBlocked(1);
        assertThat(second.isDone()).isFalse();
        this.redis.rpush("queue", "b", "c");
        assertThat(second.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(KeyValue.just("queue", "c"));
        assertThat(this.redis.lrange("queue", 0, -1)).containsExactly("b");
    }

    @Test
    void oneMultiKeyPushServesEveryWaitingClient() throws Exception {
        RedisFuture<KeyValue<String, List<String>>> first = connect().async()
            .blmpop(0, LMPopArgs.Builder.left().count(2), "queue");
        awaitBlocked(1);
        RedisFuture<KeyValue<String, String>> second = connect().async().blpop(0, "queue");
        awaitBlocked(2);
        this.redis.rpush("queue", "a", "b", "c", "d");
        assertThat(first.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(KeyValue.just("queue", List.of("a", "b")));
        assertThat(second.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(KeyValue.just("queue", "c"));
        assertThat(this.redis.lrange("queue", 0, -1)).containsExactly("d");
    }

    @Test
    void timeoutFiresWhenTheClockPassesIt() throws Exception {
        RedisAsyncCommands<String, String> async = connect().async();
        RedisFuture<KeyValue<String, String>> popped = async.blpop(2, "queue");
        awaitBlocked(1);
        this.server.advanceClock(Duration.ofMillis(1999));
        assertThat(blockedClients()).isOne();
        assertThat(popped.isDone()).isFalse();
        this.server.advanceClock(Duration.ofMillis(1));
        assertThat(popped.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isNull();
        RedisFuture<String> moved = async.blmove("queue", "target", LMoveArgs.Builder.leftRight(), 0.5);
        awaitBlocked(1);
        this.server.advanceClock(Duration.ofSeconds(2));
        assertThat(moved.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isNull();
        assertThat(this.redis.exists("queue", "target")).isZero();
    }

    @Test
    void zeroTimeoutWaitsForever() {
        RedisFuture<KeyValue<String, String>> popped = connect().async().brpop(0, "queue");
        awaitBlocked(1);
        this.server.advanceClock(Duration.ofDays(365));
        assertThat(popped.isDone()).isFalse();
        assertThat(blockedClients()).isOne();
    }

    @Test
    void blmoveMovesAtomicallyAndFeedsClientsBlockedOnTheDestination() throws Exception {
        RedisFuture<String> moved = connect().async().blmove("src", "dst", LMoveArgs.Builder.rightLeft(), 0);
        awaitBlocked(1);
        RedisFuture<KeyValue<String, String>> popped = connect().async().blpop(0, "dst");
        awaitBlocked(2);
        this.redis.rpush("src", "a", "b");
        assertThat(moved.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("b");
        assertThat(popped.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(KeyValue.just("dst", "b"));
        assertThat(this.redis.lrange("src", 0, -1)).containsExactly("a");
        assertThat(this.redis.exists("dst")).isZero();
        RedisFuture<String> rotated = connect().async().brpoplpush(0, "empty", "dst");
        awaitBlocked(1);
        this.redis.lpush("empty", "x");
        assertThat(rotated.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("x");
        assertThat(this.redis.lrange("dst", 0, -1)).containsExactly("x");
        assertThat(this.redis.exists("empty")).isZero();
    }

    @Test
    void blockingCommandsInsideMultiAnswerAtOnce() {
        RedisCommands<String, String> tx = connect().sync();
        tx.multi();
        tx.blpop(0, "queue");
        tx.brpop(0, "queue");
        tx.blmove("queue", "dst", LMoveArgs.Builder.leftLeft(), 0);
        tx.brpoplpush(0, "queue", "dst");
        tx.blmpop(0, LMPopArgs.Builder.left(), "queue");
        tx.rpush("queue", "v");
        tx.blpop(0, "queue");
        TransactionResult result = tx.exec();
        assertThat(result.wasDiscarded()).isFalse();
        assertThat(result).hasSize(7);
        assertThat(result.<Object>get(0)).isNull();
        assertThat(result.<Object>get(1)).isNull();
        assertThat(result.<Object>get(2)).isNull();
        assertThat(result.<Object>get(3)).isNull();
        assertThat(result.<Object>get(4)).isNull();
        assertThat(result.<Long>get(5)).isEqualTo(1L);
        assertThat(result.<KeyValue<String, String>>get(6)).isEqualTo(KeyValue.just("queue", "v"));
        assertThat(blockedClients()).isZero();
    }

    @Test
    void disconnectingWhileBlockedLeavesOthersWorking() throws Exception {
        StatefulRedisConnection<String, String> leaving = connect();
        leaving.async().blpop(0, "queue");
        awaitBlocked(1);
        RedisFuture<KeyValue<String, String>> staying = connect().async().blpop(0, "queue");
        awaitBlocked(2);
        disconnect(leaving);
        awaitBlocked(1);
        this.redis.rpush("queue", "a");
        assertThat(staying.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(KeyValue.just("queue", "a"));
        StatefulRedisConnection<String, String> alsoLeaving = connect();
        alsoLeaving.async().blmove("queue", "dst", LMoveArgs.Builder.leftLeft(), 0);
        awaitBlocked(1);
        disconnect(alsoLeaving);
        awaitBlocked(0);
        assertThat(this.redis.rpush("queue", "b")).isEqualTo(1);
        assertThat(this.redis.lrange("queue", 0, -1)).containsExactly("b");
        assertThat(this.redis.exists("dst")).isZero();
        assertThat(this.redis.ping()).isEqualTo("PONG");
    }

}
