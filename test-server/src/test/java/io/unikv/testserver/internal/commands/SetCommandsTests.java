package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Set commands where a script cannot compare replies with Redis byte for byte: SPOP and
 * SRANDMEMBER, cursors over big sets and encoding changes. Exact replies are covered by
 * {@code conformance/sets.redis}.
 *
 * @author unikv authors
 */
class SetCommandsTests {

    private final EngineCalls redis = new EngineCalls();

    @AfterEach
    void close() {
        this.redis.close();
    }

    @Test
    void spopWithCountRemovesWhatItReturns() {
        fill("s", "m", 100);
        Set<Object> popped = new HashSet<>();
        for (String count : List.of("3", "50", "40")) {
            List<Object> reply = this.redis.list("SPOP", "s", count);
            assertThat(reply).hasSize(Integer.parseInt(count)).doesNotHaveDuplicates();
            for (Object member : reply) {
                assertThat(popped.add(member)).isTrue();
                assertThat(this.redis.call("SISMEMBER", "s", (String) member)).isEqualTo(0L);
            }
        }
        assertThat(this.redis.call("SCARD", "s")).isEqualTo(7L);
        assertThat(this.redis.list("SPOP", "s", "10")).hasSize(7);
        assertThat(this.redis.call("EXISTS", "s")).isEqualTo(0L);
    }

    @Test
    void spopOfMostOfASetRebuildsItFromTheRest() {
        fill("s", "", 10);
        this.redis.call("SADD", "s", "word");
        this.redis.call("SREM", "s", "word");
        assertThat(this.redis.call("OBJECT", "ENCODING", "s")).isEqualTo("hashtable");
        this.redis.call("SPOP", "s", "9");
        assertThat(this.redis.call("OBJECT", "ENCODING", "s")).isEqualTo("intset");
        assertThat(this.redis.call("SCARD", "s")).isEqualTo(1L);
    }

    @Test
    void srandmemberCounts() {
        fill("s", "m", 10);
        assertThat(this.redis.list("SRANDMEMBER", "s", "5")).hasSize(5).doesNotHaveDuplicates();
        assertThat(this.redis.list("SRANDMEMBER", "s", "-30")).hasSize(30);
        assertThat(this.redis.list("SRANDMEMBER", "s", "30")).hasSize(10).doesNotHaveDuplicates();
        assertThat(this.redis.call("SCARD", "s")).isEqualTo(10L);
    }

    @Test
    void sscanOfABigSetVisitsEveryMemberOnceWhileItChanges() {
        fill("s", "m", 1000);
        List<Object> all = new ArrayList<>();
        String cursor = "0";
        int calls = 0;
        do {
            List<Object> reply = this.redis.list("SSCAN", "s", cursor, "COUNT", "15");
            cursor = (String) reply.get(0);
            all.addAll((List<?>) reply.get(1));
            this.redis.call("SREM", "s", "added" + (calls - 1));
            this.redis.call("SADD", "s", "added" + calls++);
        }
        while (!cursor.equals("0"));
        assertThat(all).doesNotHaveDuplicates();
        for (int i = 0; i < 1000; i++) {
            assertThat(all).contains("m" + i);
        }
    }

    @Test
    void intsetsAreAscendingUpTo512Members() {
        List<String> command = new ArrayList<>(List.of("SADD", "s"));
        for (int i = 511; i >= 0; i--) {
            command.add(Integer.toString(i * 3 - 700));
        }
        this.redis.call(command.toArray(String[]::new));
        assertThat(this.redis.call("OBJECT", "ENCODING", "s")).isEqualTo("intset");
        List<Object> members = this.redis.list("SMEMBERS", "s");
        assertThat(members.get(0)).isEqualTo("-700");
        assertThat(members.get(511)).isEqualTo("833");
        this.redis.call("SADD", "s", "100000");
        assertThat(this.redis.call("OBJECT", "ENCODING", "s")).isEqualTo("hashtable");
        assertThat(this.redis.call("SCARD", "s")).isEqualTo(513L);
    }

    @Test
    void storeCommandsReplaceTheDestination() {
        this.redis.call("SADD", "a", "1", "2", "x");
        this.redis.call("SADD", "b", "2", "x", "y");
        this.redis.call("SET", "dest", "string");
        this.redis.call("EXPIRE", "dest", "100");
        assertThat(this.redis.call("SINTERSTORE", "dest", "a", "b")).isEqualTo(2L);
        assertThat(this.redis.call("TYPE", "dest")).isEqualTo("set");
        assertThat(this.redis.call("TTL", "dest")).isEqualTo(-1L);
        assertThat(this.redis.call("SDIFFSTORE", "dest", "a", "a")).isEqualTo(0L);
        assertThat(this.redis.call("EXISTS", "dest")).isEqualTo(0L);
    }

    private void fill(String key, String prefix, int members) {
        List<String> command = new ArrayList<>(List.of("SADD", key));
        for (int i = 0; i < members; i++) {
            command.add(prefix + i);
        }
        this.redis.call(command.toArray(String[]::new));
    }

}
