package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hash commands where a script cannot compare replies with Redis byte for byte: random
 * sampling, cursors over big hashes and encoding changes. Exact replies are covered by
 * {@code conformance/hashes.redis}.
 *
 * @author unikv authors
 */
class HashCommandsTests {

    private final EngineCalls redis = new EngineCalls();

    @AfterEach
    void close() {
        this.redis.close();
    }

    @Test
    void hrandfieldWithPositiveCountReturnsDistinctFields() {
        fill("h", 10);
        for (int i = 0; i < 50; i++) {
            List<Object> fields = this.redis.list("HRANDFIELD", "h", "4");
            assertThat(fields).hasSize(4).doesNotHaveDuplicates();
            assertThat(fields).allSatisfy((field) -> assertThat((String) field).startsWith("f"));
        }
    }

    @Test
    void hrandfieldWithNegativeCountDrawsWithRepetition() {
        fill("h", 2);
        List<Object> fields = this.redis.list("HRANDFIELD", "h", "-50");
        assertThat(fields).hasSize(50);
        assertThat(new HashSet<>(fields)).containsExactlyInAnyOrder("f0", "f1");
    }

    @Test
    void hrandfieldWithValuesPairsFieldsWithTheirValues() {
        fill("h", 5);
        List<Object> flat = this.redis.list("HRANDFIELD", "h", "-3", "WITHVALUES");
        assertThat(flat).hasSize(6);
        for (int i = 0; i < 6; i += 2) {
            assertThat(flat.get(i + 1)).isEqualTo("v" + ((String) flat.get(i)).substring(1));
        }
        this.redis.protocol(3);
        List<Object> pairs = this.redis.list("HRANDFIELD", "h", "2", "WITHVALUES");
        assertThat(pairs).hasSize(2).allSatisfy((pair) -> assertThat((List<?>) pair).hasSize(2));
    }

    @Test
    void hscanOfABigHashVisitsEveryFieldOnceWhileItChanges() {
        fill("h", 1000);
        assertThat(this.redis.call("OBJECT", "ENCODING", "h")).isEqualTo("hashtable");
        Set<Object> seen = new HashSet<>();
        List<Object> all = new ArrayList<>();
        String cursor = "0";
        int calls = 0;
        do {
            List<Object> reply = this.redis.list("HSCAN", "h", cursor, "COUNT", "20");
            cursor = (String) reply.get(0);
            List<?> items = (List<?>) reply.get(1);
            for (int i = 0; i < items.size(); i += 2) {
                all.add(items.get(i));
                seen.add(items.get(i));
            }
            this.redis.call("HSET", "h", "added" + calls++, "x");
        }
        while (!cursor.equals("0"));
        assertThat(all).doesNotHaveDuplicates();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen).contains("f" + i);
        }
        assertThat(calls).isGreaterThan(10);
    }

    @Test
    void hscanMatchFiltersAfterCounting() {
        fill("h", 1000);
        List<Object> reply = this.redis.list("HSCAN", "h", "0", "MATCH", "f99*", "COUNT", "10000");
        assertThat(reply.get(0)).isEqualTo("0");
        assertThat(reply.get(1)).asInstanceOf(InstanceOfAssertFactories.LIST)
            .containsExactlyInAnyOrder("f99", "v99", "f990", "v990", "f991", "v991", "f992", "v992", "f993", "v993",
                    "f994", "v994", "f995", "v995", "f996", "v996", "f997", "v997", "f998", "v998", "f999", "v999");
    }

    @Test
    void encodingFollowsRedisThresholdsAndNeverGoesBack() {
        fill("h", 512);
        assertThat(this.redis.call("OBJECT", "ENCODING", "h")).isEqualTo("listpack");
        this.redis.call("HSET", "h", "one-more", "v");
        assertThat(this.redis.call("OBJECT", "ENCODING", "h")).isEqualTo("hashtable");
        this.redis.call("HDEL", "h", "one-more", "f0", "f1");
        assertThat(this.redis.call("OBJECT", "ENCODING", "h")).isEqualTo("hashtable");
        this.redis.call("HINCRBYFLOAT", "small", "f", "1e70");
        assertThat(this.redis.call("OBJECT", "ENCODING", "small")).isEqualTo("hashtable");
    }

    @Test
    void hincrbyfloatComputesInLongDouble() {
        this.redis.call("HINCRBYFLOAT", "h", "f", "1503");
        assertThat(this.redis.call("HINCRBYFLOAT", "h", "f", "-1e-5")).isEqualTo("1502.99999000000000005");
        assertThat(this.redis.call("HGET", "h", "f")).isEqualTo("1502.99999000000000005");
    }

    @Test
    void hdelOfTheLastFieldDeletesTheKey() {
        this.redis.call("HSET", "h", "a", "1");
        this.redis.call("EXPIRE", "h", "100");
        assertThat(this.redis.call("HDEL", "h", "a", "b")).isEqualTo(1L);
        assertThat(this.redis.call("EXISTS", "h")).isEqualTo(0L);
    }

    private void fill(String key, int fields) {
        List<String> command = new ArrayList<>(List.of("HSET", key));
        for (int i = 0; i < fields; i++) {
            command.add("f" + i);
            command.add("v" + i);
        }
        this.redis.call(command.toArray(String[]::new));
    }

}
