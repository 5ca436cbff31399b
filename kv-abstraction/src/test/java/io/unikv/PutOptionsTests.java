package io.unikv;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link PutOptions}.
 *
 * @author unikv authors
 */
class PutOptionsTests {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void noneNeverExpires() {
        assertThat(PutOptions.none().resolveExpiry(KvLimits.strict(), NOW)).isNull();
        assertThat(PutOptions.none().getMetadata()).isNull();
    }

    @Test
    void ttlResolvesRelativeToNow() {
        PutOptions options = PutOptions.expirationTtl(Duration.ofMinutes(5));
        assertThat(options.resolveExpiry(KvLimits.strict(), NOW)).isEqualTo(NOW.plusSeconds(300));
    }

    @Test
    void settingOneExpiryClearsTheOther() {
        Instant at = NOW.plusSeconds(3600);
        PutOptions options = PutOptions.expirationTtl(Duration.ofMinutes(5)).withExpiration(at);
        assertThat(options.getExpirationTtl()).isNull();
        assertThat(options.resolveExpiry(KvLimits.strict(), NOW)).isEqualTo(at);
        PutOptions back = options.withExpirationTtl(Duration.ofMinutes(2));
        assertThat(back.getExpiration()).isNull();
        assertThat(back.resolveExpiry(KvLimits.strict(), NOW)).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void metadataIsKeptAcrossCopies() {
        PutOptions options = PutOptions.metadata(Map.of("v", 1)).withExpirationTtl(Duration.ofMinutes(1));
        assertThat(options.getMetadata()).isEqualTo(Map.of("v", 1));
        assertThat(options.withMetadata(null).getMetadata()).isNull();
    }

    @Test
    void resolveChecksTheLimits() {
        assertThatExceptionOfType(KvLimitException.class)
            .isThrownBy(() -> PutOptions.expirationTtl(Duration.ofSeconds(10)).resolveExpiry(KvLimits.strict(), NOW))
            .withMessageContaining("Expiration TTL must be at least 60");
        assertThatExceptionOfType(KvLimitException.class)
            .isThrownBy(() -> PutOptions.expiration(NOW.minusSeconds(1)).resolveExpiry(KvLimits.strict(), NOW))
            .withMessageContaining("Please specify integer greater than the current number of seconds");
        assertThat(PutOptions.expirationTtl(Duration.ofSeconds(10)).resolveExpiry(KvLimits.relaxed(), NOW))
            .isEqualTo(NOW.plusSeconds(10));
    }

}
