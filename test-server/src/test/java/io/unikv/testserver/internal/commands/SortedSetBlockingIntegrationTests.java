package io.unikv.testserver.internal.commands;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.TransactionResult;
import io.lettuce.core.ZPopArgs;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.unikv.testserver.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blocking sorted-set commands (BZPOPMIN, BZPOPMAX, BZMPOP) over real connections with
 * Lettuce: waking on a ZADD from another connection, first-come-first-served order,
 * timeouts driven by a {@link MutableClock}, no blocking inside MULTI, and keys that
 * change type while a client waits.
 *
 * @author unikv authors
 */
class SortedSetBlockingIntegrationTests extends BlockingServerSupport {

    @Test
    void bzpopminWakesWhenAnotherConnectionAdds() throws Exception {
        RedisFuture<KeyValue<String, ScoredValue<String>>> popped = connect().async().bzpopmin(0, "scores", "other");
        awaitBlocked(1);
        assertThat(popped.isDone()).isFalse();
        assertThat(this.redis.zadd("other", 2.5, "b", 1.5, "a")).isEqualTo(2);
        assertThat(popped.get(WAIT.toSeconds(), TimeUnit.SECONDS))
            .isEqualTo(KeyValue.just("other", ScoredValue.just(1.5, "a")));
        assertThat(this.redis.zrangeWithScores("other", 0, -1)).containsExactly(ScoredValue.just(2.5, "b"));
        awaitBlocked(0);
    }

    @Test
    void blockedClientsAreServedFirstComeFirstServed() throws Exception {
        RedisFuture<KeyValue<String, ScoredValue<String>>> first = connect().async().bzpopmax(0, "scores");
        awaitBlocked(1);
        RedisFuture<KeyValue<String, ScoredValue<String>>> second = connect().async().bzpopmin(0, "scores");
        awaitBlocked(2);
        this.redis.zadd("scores", 1.0, "a", 2.0, "b", 3.0, "c");
        assertThat(first.get(WAIT.toSeconds(), TimeUnit.SECONDS))
            .isEqualTo(KeyValue.just("scores", ScoredValue.just(3, "c")));
        assertThat(second.get(WAIT.toSeconds(), TimeUnit.SECONDS))
            .isEqualTo(KeyValue.just("scores", ScoredValue.just(1, "a")));
        assertThat(this.redis.zrange("scores", 0, -1)).containsExactly("b");
        awaitBlocked(0);
    }

    @Test
    void bzmpopWakesWithUpToCountMembers() throws Exception {
        RedisFuture<KeyValue<String, List<ScoredValue<String>>>> popped = connect().async()
            .bzmpop(0L, 2L, ZPopArgs.Builder.max(), "scores");
        awaitBlocked(1);
        this.redis.zadd("scores", 1.0, "a", 2.0, "b", 3.0, "c");
        assertThat(popped.get(WAIT.toSeconds(), TimeUnit.SECONDS))
            .isEqualTo(KeyValue.just("scores", List.of(ScoredValue.just(3, "c"), ScoredValue.just(2, "b"))));
        assertThat(this.redis.zcard("scores")).isOne();
    }

    @Test
    void timeoutFiresWhenTheClockPassesIt() throws Exception {
        RedisAsyncCommands<String, String> async = connect().async();
        RedisFuture<KeyValue<String, ScoredValue<String>>> popped = async.bzpopmin(2, "scores");
        awaitBlocked(1);
        this.server.advanceClock(Duration.ofMillis(1999));
        assertThat(blockedClients()).isOne();
        assertThat(popped.isDone()).isFalse();
        this.server.advanceClock(Duration.ofMillis(1));
        assertThat(popped.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isNull();
        awaitBlocked(0);
        RedisFuture<KeyValue<String, ScoredValue<String>>> multi = async.bzmpop(0.5, ZPopArgs.Builder.min(), "scores");
        awaitBlocked(1);
        this.server.advanceClock(Duration.ofSeconds(1));
        // Lettuce decodes BZMPOP's null array as an empty KeyValue
        KeyValue<String, ScoredValue<String>> none = multi.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(none == null || !none.hasValue()).isTrue();
        assertThat(this.redis.exists("scores")).isZero();
    }

    @Test
    void zeroTimeoutWaitsForever() {
        RedisFuture<KeyValue<String, ScoredValue<String>>> popped = connect().async().bzpopmax(0, "scores");
        awaitBlocked(1);
        this.server.advanceClock(Duration.ofDays(365));
        assertThat(popped.isDone()).isFalse();
        assertThat(blockedClients()).isOne();
    }

    @Test
    void keyOfAnotherTypeKeepsTheClientWaiting() throws Exception {
        RedisFuture<KeyValue<String, ScoredValue<String>>> popped = connect().async().bzpopmin(0, "scores");
        awaitBlocked(1);
        this.redis.set("scores", "text");
        this.redis.sadd("other", "member");
        assertThat(this.redis.ping()).isEqualTo("PONG");
        assertThat(popped.isDone()).isFalse();
        this.redis.del("scores");
        this.redis.zadd("scores", 7, "x");
        assertThat(popped.get(WAIT.toSeconds(), TimeUnit.SECONDS))
            .isEqualTo(KeyValue.just("scores", ScoredValue.just(7, "x")));
    }

    @Test
    void blockingCommandsInsideMultiAnswerAtOnce() {
        RedisCommands<String, String> tx = connect().sync();
        tx.multi();
        tx.bzpopmin(0, "scores");
        tx.bzpopmax(0, "scores");
        tx.bzmpop(0, ZPopArgs.Builder.min(), "scores");
        tx.zadd("scores", 1, "a");
        tx.bzpopmax(0, "scores");
        TransactionResult result = tx.exec();
        assertThat(result.wasDiscarded()).isFalse();
        assertThat(result).hasSize(5);
        assertThat(result.<Object>get(0)).isNull();
        assertThat(result.<Object>get(1)).isNull();
        // Lettuce decodes BZMPOP's null array as an empty KeyValue
        KeyValue<String, ScoredValue<String>> none = result.get(2);
        assertThat(none == null || !none.hasValue()).isTrue();
        assertThat(result.<Long>get(3)).isOne();
        assertThat(result.<KeyValue<String, ScoredValue<String>>>get(4))
            .isEqualTo(KeyValue.just("scores", ScoredValue.just(1, "a")));
        assertThat(blockedClients()).isZero();
    }

}
