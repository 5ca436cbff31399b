package io.unikv;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link KvLimits}: Workers KV's limits and its exact messages.
 *
 * @author unikv authors
 */
class KvLimitsTests {

    private final KvLimits strict = KvLimits.strict();

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void strictLimitsAreWorkersKvLimits() {
        assertThat(this.strict.maxKeyBytes()).isEqualTo(512);
        assertThat(this.strict.maxValueBytes()).isEqualTo(26_214_400L);
        assertThat(this.strict.maxMetadataBytes()).isEqualTo(1024);
        assertThat(this.strict.minExpirationTtl()).isEqualTo(Duration.ofSeconds(60));
        assertThat(this.strict.maxListLimit()).isEqualTo(1000);
        assertThat(this.strict.maxBulkKeys()).isEqualTo(100);
    }

    @Test
    void emptyKeyIsRefused() {
        assertThatExceptionOfType(KvLimitException.class).isThrownBy(() -> this.strict.checkKey("GET", ""))
            .withMessage("Key name cannot be empty.")
            .satisfies((ex) -> assertThat(ex.getStatus()).isZero());
    }

    @Test
    void dotAndDotDotAreRefusedWhenStrict() {
        assertThatExceptionOfType(KvLimitException.class).isThrownBy(() -> this.strict.checkKey("PUT", "."))
            .withMessage("\".\" is not allowed as a key name.");
        assertThatExceptionOfType(KvLimitException.class).isThrownBy(() -> this.strict.checkKey("PUT", ".."))
            .withMessage("\"..\" is not allowed as a key name.");
        assertThatNoException().isThrownBy(() -> KvLimits.relaxed().checkKey("PUT", ".."));
        assertThatNoException().isThrownBy(() -> this.strict.checkKey("PUT", "..."));
    }

    @Test
    void keyLengthCountsUtf8Bytes() {
        String key512 = "é".repeat(256);
        assertThatNoException().isThrownBy(() -> this.strict.checkKey("GET", key512));
        assertThatExceptionOfType(KvLimitException.class).isThrownBy(() -> this.strict.checkKey("DELETE", key512 + "a"))
            .withMessage("KV DELETE failed: 414 UTF-8 encoded length of 513 exceeds key length limit of 512.")
            .satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(414));
    }

    @Test
    void listPrefixMayBeEmptyButNotTooLong() {
        assertThatNoException().isThrownBy(() -> this.strict.checkPrefix("GET", ""));
        assertThatExceptionOfType(KvLimitException.class)
            .isThrownBy(() -> this.strict.checkPrefix("GET", "p".repeat(513)))
            .withMessage("KV GET failed: 414 UTF-8 encoded length of 513 exceeds key length limit of 512.");
    }

    @Test
    void valueOver25MiBIsRefused() {
        assertThatNoException().isThrownBy(() -> this.strict.checkValue(26_214_400));
        assertThatExceptionOfType(KvLimitException.class).isThrownBy(() -> this.strict.checkValue(26_214_401))
            .withMessage("KV PUT failed: 413 Value length of 26214401 exceeds limit of 26214400.")
            .satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(413));
    }

    @Test
    void metadataOver1024BytesIsRefused() {
        assertThatNoException().isThrownBy(() -> this.strict.checkMetadata(1024));
        assertThatExceptionOfType(KvLimitException.class).isThrownBy(() -> this.strict.checkMetadata(1025))
            .withMessage("KV PUT failed: 413 Metadata length of 1025 exceeds limit of 1024.");
    }

    @Test
    void expirationTtlMustBePositiveAndAtLeast60Seconds() {
        assertThatExceptionOfType(KvLimitException.class)
            .isThrownBy(() -> this.strict.checkExpirationTtl(Duration.ZERO))
            .withMessage("KV PUT failed: 400 Invalid expiration_ttl of 0. Please specify integer greater than 0.");
        assertThatExceptionOfType(KvLimitException.class)
            .isThrownBy(() -> this.strict.checkExpirationTtl(Duration.ofSeconds(30)))
            .withMessage("KV PUT failed: 400 Invalid expiration_ttl of 30. Expiration TTL must be at least 60.");
        assertThatNoException().isThrownBy(() -> this.strict.checkExpirationTtl(Duration.ofSeconds(60)));
        assertThatNoException().isThrownBy(() -> KvLimits.relaxed().checkExpirationTtl(Duration.ofSeconds(1)));
    }

    @Test
    void expirationMustBeAtLeast60SecondsInTheFuture() {
        long now = NOW.getEpochSecond();
        assertThatExceptionOfType(KvLimitException.class).isThrownBy(() -> this.strict.checkExpiration(NOW, NOW))
            .withMessage("KV PUT failed: 400 Invalid expiration of " + now
                    + ". Please specify integer greater than the current number of seconds since the UNIX epoch.");
        assertThatExceptionOfType(KvLimitException.class)
            .isThrownBy(() -> this.strict.checkExpiration(NOW.plusSeconds(59), NOW))
            .withMessage("KV PUT failed: 400 Invalid expiration of " + (now + 59)
                    + ". Expiration times must be at least 60 seconds in the future.");
        assertThatNoException().isThrownBy(() -> this.strict.checkExpiration(NOW.plusSeconds(60), NOW));
    }

    @Test
    void listLimitIsOneTo1000AndReportedAsGet() {
        assertThatExceptionOfType(KvLimitException.class).isThrownBy(() -> this.strict.checkListLimit(0))
            .withMessage("KV GET failed: 400 Invalid key_count_limit of 0. Please specify an integer greater than 0.");
        assertThatExceptionOfType(KvLimitException.class).isThrownBy(() -> this.strict.checkListLimit(1001))
            .withMessage(
                    "KV GET failed: 400 Invalid key_count_limit of 1001. Please specify an integer less than 1000.");
        assertThatNoException().isThrownBy(() -> this.strict.checkListLimit(1000));
        assertThatNoException().isThrownBy(() -> this.strict.checkListLimit(1));
    }

    @Test
    void bulkGetTakesOneTo100Keys() {
        assertThatExceptionOfType(KvLimitException.class).isThrownBy(() -> this.strict.checkBulkGet(0))
            .withMessage("KV GET_BULK failed: 400 You must request a minimum of 1 key");
        assertThatExceptionOfType(KvLimitException.class).isThrownBy(() -> this.strict.checkBulkGet(101))
            .withMessage("KV GET_BULK failed: 400 You can request a maximum of 100 keys");
        assertThatNoException().isThrownBy(() -> this.strict.checkBulkGet(100));
    }

    @Test
    void relaxedLimitsAllowWhatWorkersKvRefuses() {
        KvLimits relaxed = KvLimits.relaxed();
        assertThatNoException().isThrownBy(() -> relaxed.checkValue(100L * 1024 * 1024));
        assertThatNoException().isThrownBy(() -> relaxed.checkMetadata(1_000_000));
        assertThatNoException().isThrownBy(() -> relaxed.checkKey("PUT", "k".repeat(1024)));
        assertThatNoException().isThrownBy(() -> relaxed.checkListLimit(5000));
        assertThatExceptionOfType(KvLimitException.class).isThrownBy(() -> relaxed.checkKey("PUT", ""));
        assertThatExceptionOfType(KvLimitException.class)
            .isThrownBy(() -> relaxed.checkExpirationTtl(Duration.ofMillis(1500).negated()));
    }

    @Test
    void limitsMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KvLimits(true, 0, 1, 1, Duration.ofSeconds(1), 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new KvLimits(true, 1, 1, 1, Duration.ZERO, 1, 1));
    }

}
