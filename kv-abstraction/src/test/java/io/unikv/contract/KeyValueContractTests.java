package io.unikv.contract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.unikv.KvEntry;
import io.unikv.KvLimitException;
import io.unikv.KvLimits;
import io.unikv.KvListKey;
import io.unikv.KvListResult;
import io.unikv.ListOptions;
import io.unikv.PutOptions;
import io.unikv.RedisStore;
import io.unikv.transport.Transport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The KV profile's behaviour, identical on every backend: each backend's test class
 * extends this one and says how to reach it ({@link #createTransport()}), so a test added
 * here runs everywhere.
 *
 * @author unikv authors
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class KeyValueContractTests {

    private Transport transport;

    protected RedisStore store;

    /**
     * Create the transport to the backend under test; called once per test class.
     * @return the transport
     */
    protected abstract Transport createTransport();

    record User(String name, int age) {
    }

    @BeforeEach
    void connect() {
        if (this.transport == null) {
            this.transport = createTransport();
        }
        this.store = RedisStore.builder().transport(this.transport).build();
        this.store.flushAll();
    }

    @AfterAll
    void close() {
        if (this.transport != null) {
            this.transport.close();
        }
    }

    @Test
    void putAndGetTextBytesAndJson() {
        this.store.put("greeting", "héllo");
        this.store.put("bytes", new byte[] { 1, 2, 3 });
        this.store.put("user", new User("Ada", 36));
        assertThat(this.store.get("greeting")).isEqualTo("héllo");
        assertThat(this.store.get("bytes", byte[].class)).containsExactly(1, 2, 3);
        assertThat(this.store.get("user", User.class)).isEqualTo(new User("Ada", 36));
        assertThat(this.store.get("missing")).isNull();
    }

    @Test
    void valueIsOrdinaryRedisData() {
        this.store.put("plain", "v");
        assertThat(this.store.execute("GET", "plain").asString()).isEqualTo("v");
    }

    @Test
    void metadataIsStoredReplacedAndCleared() {
        this.store.put("k", "v1", PutOptions.metadata(Map.of("version", 1)));
        KvEntry<String, Map> entry = this.store.getWithMetadata("k", String.class, Map.class);
        assertThat(entry.value()).isEqualTo("v1");
        assertThat(entry.metadata()).isEqualTo(Map.of("version", 1));
        this.store.put("k", "v2");
        assertThat(this.store.getWithMetadata("k", String.class, Map.class)).isEqualTo(new KvEntry<>("v2", null));
        assertThat(this.store.getWithMetadata("missing", String.class, Object.class))
            .isEqualTo(new KvEntry<>(null, null));
    }

    @Test
    void metadataExpiresWithItsValue() {
        this.store.put("session", "s",
                PutOptions.expirationTtl(Duration.ofMinutes(1)).withMetadata(Map.of("user", "ada")));
        List<String> keys = this.store.keys("*");
        assertThat(keys).contains("session", "unikv:kv:index").hasSize(3);
        keys.stream()
            .filter((key) -> !key.equals("unikv:kv:index"))
            .forEach((key) -> assertThat(this.store.ttl(key)).as(key).isBetween(55L, 60L));
    }

    @Test
    void keysOfAnyShapeKeepTheirMetadata() {
        List<String> names = List.of("{user}:1", "{user}:2", "a}b", "{}x", "x{", "é{ü}ß", "plain");
        names.forEach((name) -> this.store.put(name, "v:" + name, PutOptions.metadata(Map.of("n", name))));
        for (String name : names) {
            assertThat(this.store.getWithMetadata(name, String.class, Map.class))
                .isEqualTo(new KvEntry<>("v:" + name, Map.of("n", name)));
        }
        KvListResult<Map> all = this.store.list(ListOptions.all(), Map.class);
        assertThat(all.keys()).hasSize(names.size())
            .allSatisfy((key) -> assertThat(key.metadata()).isEqualTo(Map.of("n", key.name())));
        assertThat(this.store.get(names)).containsOnlyKeys(names);
        names.forEach(this.store::delete);
        assertThat(this.store.dbSize()).isZero();
    }

    @Test
    void bulkGetOfOneHundredKeys() {
        List<String> names = IntStream.range(0, 100).mapToObj((i) -> "bulk:" + i).toList();
        names.stream().filter((name) -> !name.endsWith("7")).forEach((name) -> this.store.put(name, name));
        Map<String, String> values = this.store.get(names);
        assertThat(values.keySet()).containsExactlyElementsOf(names);
        values.forEach((name, value) -> assertThat(value).isEqualTo(name.endsWith("7") ? null : name));
    }

    @Test
    void expirationTtlBecomesAnAbsoluteExpiration() {
        Instant before = Instant.now();
        this.store.put("session", "s", PutOptions.expirationTtl(Duration.ofMinutes(10)));
        KvListKey<Object> key = this.store.list(ListOptions.prefix("session")).keys().get(0);
        assertThat(key.expiration()).isNotNull();
        assertThat(Duration.between(before, key.expiration()).toSeconds()).isCloseTo(600, within(5L));
        assertThat(this.store.ttl("session")).isBetween(595L, 600L);
    }

    @Test
    void deleteRemovesValueMetadataAndIndexEntry() {
        this.store.put("gone", "v", PutOptions.metadata(Map.of("a", 1)));
        this.store.delete("gone");
        this.store.delete("never-existed");
        assertThat(this.store.get("gone")).isNull();
        assertThat(this.store.list(ListOptions.all()).keys()).isEmpty();
        assertThat(this.store.dbSize()).isZero();
    }

    @Test
    void listIsInByteOrderWithPrefixAndMetadata() {
        List<String> names = new ArrayList<>(List.of("b", "a", "é", "Z", "a:2", "a:10", "~"));
        names.forEach((name) -> this.store.put(name, "v", PutOptions.metadata(Map.of("n", name))));
        KvListResult<Map> all = this.store.list(ListOptions.all(), Map.class);
        assertThat(all.listComplete()).isTrue();
        assertThat(all.keys()).extracting(KvListKey::name).containsExactly("Z", "a", "a:10", "a:2", "b", "~", "é");
        assertThat(all.keys().get(0).metadata()).isEqualTo(Map.of("n", "Z"));
        assertThat(all.keys().get(0).expiration()).isNull();
        assertThat(this.store.list(ListOptions.prefix("a:")).keys()).extracting(KvListKey::name)
            .containsExactly("a:10", "a:2");
    }

    @Test
    void listPaginatesWithCursorsAndPrefix() {
        IntStream.range(0, 25).forEach((i) -> this.store.put(String.format("item:%02d", i), "v"));
        this.store.put("other", "v");
        List<String> seen = new ArrayList<>();
        ListOptions options = ListOptions.prefix("item:").withLimit(10);
        KvListResult<Object> page;
        int pages = 0;
        do {
            page = this.store.list(options);
            page.keys().forEach((key) -> seen.add(key.name()));
            options = options.withCursor(page.cursor());
            pages++;
        }
        while (!page.listComplete());
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(25).isSorted().doesNotHaveDuplicates().allMatch((name) -> name.startsWith("item:"));
    }

    @Test
    void listSkipsKeysRemovedOutsideTheKvProfile() {
        IntStream.range(0, 5).forEach((i) -> this.store.put("k" + i, "v"));
        this.store.del("k1");
        this.store.del("k3");
        assertThat(this.store.list(ListOptions.all()).keys()).extracting(KvListKey::name)
            .containsExactly("k0", "k2", "k4");
        assertThat(this.store.zcard("unikv:kv:index")).isEqualTo(3);
    }

    @Test
    void bulkGetKeepsOrderAndReportsMissingKeys() throws IOException {
        this.store.put("x", "1");
        this.store.put("y", "2");
        Map<String, String> values = this.store.get(List.of("y", "missing", "x"));
        assertThat(values.keySet()).containsExactly("y", "missing", "x");
        assertThat(values.values()).containsExactly("2", null, "1");
        try (InputStream stream = this.store.getStream("x")) {
            assertThat(new String(stream.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("1");
        }
        assertThat(this.store.getStream("missing")).isNull();
    }

    @Test
    void workersKvLimitsAreEnforcedWithTheirMessages() {
        assertThatExceptionOfType(KvLimitException.class).isThrownBy(() -> this.store.put("", "v"))
            .withMessage("Key name cannot be empty.");
        assertThatExceptionOfType(KvLimitException.class).isThrownBy(() -> this.store.put("k".repeat(513), "v"))
            .withMessage("KV PUT failed: 414 UTF-8 encoded length of 513 exceeds key length limit of 512.");
        assertThatExceptionOfType(KvLimitException.class)
            .isThrownBy(() -> this.store.put("k", "v", PutOptions.metadata(Map.of("m", "x".repeat(1100)))))
            .withMessageStartingWith("KV PUT failed: 413 Metadata length of");
        assertThatExceptionOfType(KvLimitException.class)
            .isThrownBy(() -> this.store.put("k", "v", PutOptions.expirationTtl(Duration.ofSeconds(30))))
            .withMessage("KV PUT failed: 400 Invalid expiration_ttl of 30. Expiration TTL must be at least 60.");
        assertThatExceptionOfType(KvLimitException.class)
            .isThrownBy(() -> this.store.get(Collections.nCopies(101, "k")))
            .withMessage("KV GET_BULK failed: 400 You can request a maximum of 100 keys");
        assertThatExceptionOfType(KvLimitException.class)
            .isThrownBy(() -> this.store.list(ListOptions.all().withLimit(1001)))
            .withMessageContaining("Invalid key_count_limit of 1001");
        assertThat(this.store.dbSize()).isZero();
    }

    @Test
    void relaxedLimitsAllowWhatWorkersKvRefuses() {
        RedisStore relaxed = RedisStore.builder().transport(this.transport).limits(KvLimits.relaxed()).build();
        relaxed.put("k".repeat(600), "v", PutOptions.expirationTtl(Duration.ofSeconds(5)));
        assertThat(relaxed.get("k".repeat(600))).isEqualTo("v");
    }

}
