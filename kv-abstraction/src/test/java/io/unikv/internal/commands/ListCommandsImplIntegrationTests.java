package io.unikv.internal.commands;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.unikv.KvServerException;
import io.unikv.RedisBatch;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.commands.InsertPosition;
import io.unikv.commands.LPosOptions;
import io.unikv.commands.ListDirection;
import io.unikv.commands.ListPopResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link ListCommandsImpl} through a real {@link RedisStore}: the contract every backend
 * meets, run once per backend by the subclasses.
 *
 * @author unikv authors
 */
abstract class ListCommandsImplIntegrationTests extends BackendTestSupport {

    @Test
    void pushes() {
        assertThat(this.store.lpush("l", "a", "b")).isEqualTo(2);
        assertThat(this.store.rpush("l", "c", "d")).isEqualTo(4);
        assertThat(this.store.lrange("l", 0, -1)).containsExactly("b", "a", "c", "d");
        assertThat(this.store.lpushx("l", "z")).isEqualTo(5);
        assertThat(this.store.rpushx("l", "y")).isEqualTo(6);
        assertThat(this.store.lpushx("missing", "z")).isZero();
        assertThat(this.store.rpushx("missing", "z")).isZero();
        assertThat(this.store.exists("missing")).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> this.store.lpush("l"));
    }

    @Test
    void pops() {
        this.store.rpush("l", 1, 2, 3, 4, 5);
        assertThat(this.store.lpop("l")).isEqualTo("1");
        assertThat(this.store.rpop("l")).isEqualTo("5");
        assertThat(this.store.lpop("l", Integer.class)).isEqualTo(2);
        assertThat(this.store.rpop("l", Integer.class)).isEqualTo(4);
        this.store.rpush("l", 6, 7);
        assertThat(this.store.lpop("l", 2)).containsExactly("3", "6");
        assertThat(this.store.rpop("l", 5)).containsExactly("7");
        assertThat(this.store.lpop("l")).isNull();
        assertThat(this.store.rpop("l", Integer.class)).isNull();
        assertThat(this.store.lpop("l", 3)).isEmpty();
        assertThat(this.store.rpop("l", 3)).isEmpty();
    }

    @Test
    void rangesAndIndexes() {
        this.store.rpush("l", 10, 20, 30);
        assertThat(this.store.lrange("l", 1, 100)).containsExactly("20", "30");
        assertThat(this.store.lrange("l", 0, -1, Integer.class)).containsExactly(10, 20, 30);
        assertThat(this.store.lrange("missing", 0, -1)).isEmpty();
        assertThat(this.store.llen("l")).isEqualTo(3);
        assertThat(this.store.llen("missing")).isZero();
        assertThat(this.store.lindex("l", -1)).isEqualTo("30");
        assertThat(this.store.lindex("l", 0, Integer.class)).isEqualTo(10);
        assertThat(this.store.lindex("l", 9)).isNull();
    }

    @Test
    void lsetLinsertLremLtrim() {
        this.store.rpush("l", "a", "b", "a", "c", "a");
        this.store.lset("l", 1, "B");
        assertThat(this.store.lindex("l", 1)).isEqualTo("B");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.lset("l", 99, "x"))
            .withMessageContaining("index out of range");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.lset("missing", 0, "x"))
            .withMessageContaining("no such key");
        assertThat(this.store.linsert("l", InsertPosition.BEFORE, "c", "x")).isEqualTo(6);
        assertThat(this.store.linsert("l", InsertPosition.AFTER, "c", "y")).isEqualTo(7);
        assertThat(this.store.linsert("l", InsertPosition.AFTER, "nope", "y")).isEqualTo(-1);
        assertThat(this.store.linsert("missing", InsertPosition.AFTER, "a", "y")).isZero();
        assertThat(this.store.lrange("l", 0, -1)).containsExactly("a", "B", "a", "x", "c", "y", "a");
        assertThat(this.store.lrem("l", -1, "a")).isEqualTo(1);
        assertThat(this.store.lrem("l", 0, "a")).isEqualTo(2);
        this.store.ltrim("l", 1, 2);
        assertThat(this.store.lrange("l", 0, -1)).containsExactly("x", "c");
        this.store.ltrim("l", 5, 10);
        assertThat(this.store.exists("l")).isZero();
    }

    @Test
    void lmove() {
        this.store.rpush("{l}src", "a", "b");
        assertThat(this.store.lmove("{l}src", "{l}dst", ListDirection.LEFT, ListDirection.RIGHT)).isEqualTo("a");
        assertThat(this.store.lmove("{l}src", "{l}src", ListDirection.RIGHT, ListDirection.LEFT)).isEqualTo("b");
        assertThat(this.store.lmove("{l}missing", "{l}dst", ListDirection.LEFT, ListDirection.LEFT)).isNull();
        assertThat(this.store.lrange("{l}dst", 0, -1)).containsExactly("a");
    }

    @Test
    void lpos() {
        this.store.rpush("l", "a", "b", "c", "1", "2", "3", "c", "c");
        assertThat(this.store.lpos("l", "c")).isEqualTo(2);
        assertThat(this.store.lpos("l", "zz")).isNull();
        assertThat(this.store.lpos("l", "c", LPosOptions.rank(-1))).isEqualTo(7);
        assertThat(this.store.lpos("l", "c", LPosOptions.rank(2))).isEqualTo(6);
        assertThat(this.store.lpos("l", "c", LPosOptions.maxLen(2))).isNull();
        assertThat(this.store.lpos("l", "c", 0, LPosOptions.none())).containsExactly(2L, 6L, 7L);
        assertThat(this.store.lpos("l", "c", 2, LPosOptions.rank(-1))).containsExactly(7L, 6L);
        assertThat(this.store.lpos("missing", "c", 2, LPosOptions.none())).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> this.store.lpos("l", "c", -1, LPosOptions.none()));
    }

    @Test
    void lmpop() {
        this.store.rpush("{l}b", "1", "2", "3");
        assertThat(this.store.lmpop(ListDirection.LEFT, 2, "{l}a", "{l}b"))
            .isEqualTo(new ListPopResult("{l}b", List.of("1", "2")));
        assertThat(this.store.lmpop(ListDirection.RIGHT, 5, "{l}a", "{l}b"))
            .isEqualTo(new ListPopResult("{l}b", List.of("3")));
        assertThat(this.store.lmpop(ListDirection.RIGHT, 1, "{l}a", "{l}b")).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> this.store.lmpop(ListDirection.LEFT, 0, "{l}a"));
    }

    @Test
    void blockingPopsWithElementsReady() {
        assumeBlockingCommands();
        this.store.rpush("{l}b", "1", "2", "3");
        assertThat(this.store.blpop(Duration.ofSeconds(1), "{l}a", "{l}b"))
            .isEqualTo(new ListPopResult("{l}b", List.of("1")));
        assertThat(this.store.brpop(Duration.ofMillis(1500), "{l}a", "{l}b"))
            .isEqualTo(new ListPopResult("{l}b", List.of("3")));
        assertThat(this.store.blmove("{l}b", "{l}c", ListDirection.LEFT, ListDirection.LEFT, Duration.ofSeconds(1)))
            .isEqualTo("2");
        this.store.rpush("{l}b", "4", "5");
        assertThat(this.store.blmpop(Duration.ofSeconds(1), ListDirection.RIGHT, 5, "{l}a", "{l}b"))
            .isEqualTo(new ListPopResult("{l}b", List.of("5", "4")));
    }

    @Test
    void blockingPopsTimeOut() {
        assumeBlockingCommands();
        Duration shortWait = Duration.ofMillis(100);
        assertThat(this.store.blpop(shortWait, "{l}a")).isNull();
        assertThat(this.store.brpop(shortWait, "{l}a")).isNull();
        assertThat(this.store.blmove("{l}a", "{l}b", ListDirection.LEFT, ListDirection.RIGHT, shortWait)).isNull();
        assertThat(this.store.blmpop(shortWait, ListDirection.LEFT, 1, "{l}a")).isNull();
    }

    @Test
    void blockingPopWaitsForAPush() {
        assumeBlockingCommands();
        CompletableFuture<ListPopResult> popped = this.store.async().blpop(Duration.ofSeconds(10), "q");
        assertThat(popped).isNotDone();
        RedisStore other = store(KvCodec.string());
        // Whether the push lands before or after BLPOP blocks, BLPOP gets the element.
        other.rpush("q", "job");
        assertThat(popped.join()).isEqualTo(new ListPopResult("q", List.of("job")));
    }

    @Test
    void blockingPopDoesNotHoldUpTheStoresOtherCommands() {
        assumeBlockingCommands();
        this.store.set("{q}other", "v");
        CompletableFuture<ListPopResult> popped = this.store.async().blpop(Duration.ofSeconds(30), "{q}queue");
        // Redis answers a connection's commands in order: these would wait behind BLPOP
        // if it ran on the connection the store shares between callers.
        assertThat(this.store.get("{q}other")).isEqualTo("v");
        assertThat(this.store.rpush("{q}queue", "job")).isOne();
        assertThat(popped.join()).isEqualTo(new ListPopResult("{q}queue", List.of("job")));
    }

    @Test
    void blockingTimeoutsAreValidated() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.store.blpop(Duration.ofMillis(-1), "a"));
        assertThatIllegalArgumentException().isThrownBy(() -> this.store.brpop(Duration.ofSeconds(-1), "a"));
        assertThatIllegalArgumentException().isThrownBy(
                () -> this.store.blmove("a", "b", ListDirection.LEFT, ListDirection.LEFT, Duration.ofSeconds(-2)));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.store.blmpop(Duration.ofMillis(-5), ListDirection.LEFT, 1, "a"));
        assertThat(CollectionReplies.timeout(Duration.ofMillis(1500))).isEqualTo("1.5");
        assertThat(CollectionReplies.timeout(Duration.ofMillis(1))).isEqualTo("0.001");
        assertThat(CollectionReplies.timeout(Duration.ofSeconds(2))).isEqualTo("2");
        assertThat(CollectionReplies.timeout(Duration.ZERO)).isEqualTo("0");
    }

    @Test
    void blockingCommandsCannotBeBatched() {
        RedisBatch batch = this.store.pipeline();
        assertThatIllegalArgumentException().isThrownBy(() -> batch.blpop(Duration.ofSeconds(1), "a"));
    }

    @Test
    void wrongType() {
        this.store.set("s", "v");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.lpush("s", "x"))
            .satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("WRONGTYPE"));
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.lrange("s", 0, -1))
            .satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("WRONGTYPE"));
    }

    @Test
    void jsonValues() {
        RedisStore json = store(KvCodec.json());
        json.rpush("people", new Person("Ada", 36), new Person("Bob", 7));
        assertThat(json.lrange("people", 0, -1, Person.class)).containsExactly(new Person("Ada", 36),
                new Person("Bob", 7));
        assertThat(json.lindex("people", 1, Person.class)).isEqualTo(new Person("Bob", 7));
        assertThat(json.lpos("people", new Person("Bob", 7))).isEqualTo(1);
        assertThat(json.lrem("people", 0, new Person("Ada", 36))).isEqualTo(1);
        assertThat(json.lpop("people", Person.class)).isEqualTo(new Person("Bob", 7));
    }

    @Test
    void asyncAndPipeline() {
        assertThat(this.store.async().rpush("l", "a", "b").join()).isEqualTo(2);
        assertThat(this.store.async().lmpop(ListDirection.LEFT, 1, "l").join())
            .isEqualTo(new ListPopResult("l", List.of("a")));
        RedisBatch batch = this.store.pipeline();
        var push = batch.lpush("l", "x");
        var range = batch.lrange("l", 0, -1);
        var pop = batch.lmpop(ListDirection.RIGHT, 2, "l");
        batch.exec();
        assertThat(push.join()).isEqualTo(2);
        assertThat(range.join()).containsExactly("x", "b");
        assertThat(pop.join()).isEqualTo(new ListPopResult("l", List.of("b", "x")));
    }

}
