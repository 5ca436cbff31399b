package io.unikv.spring.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.unikv.KvAuthenticationException;
import io.unikv.KvConnectionException;
import io.unikv.KvServerException;
import io.unikv.KvTimeoutException;
import io.unikv.KvUnavailableException;
import io.unikv.testserver.MutableClock;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link CircuitBreakerTransport}: which outcomes count, failing fast while open, and the
 * way back through half open, with the breaker's clock advanced instead of waiting.
 *
 * @author unikv authors
 */
class CircuitBreakerTransportTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    private final CircuitBreaker breaker = CircuitBreaker.of("unikv-eu-west-1",
            CircuitBreakerConfig.custom()
                .slidingWindowSize(4)
                .minimumNumberOfCalls(4)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(10))
                .permittedNumberOfCallsInHalfOpenState(2)
                .clock(this.clock)
                .build());

    private final ScriptedTransport delegate = new ScriptedTransport();

    private final CircuitBreakerTransport transport = new CircuitBreakerTransport(this.delegate, "eu-west-1",
            this.breaker);

    @Test
    void opensAfterBackendFailuresAndThenFailsFastWithoutSending() {
        this.delegate.fail(() -> new KvConnectionException("connection reset", null));
        sendFailing(2);
        this.delegate.fail(() -> new KvTimeoutException("GET", Duration.ofSeconds(1)));
        sendFailing(1);
        this.delegate.fail(() -> new KvUnavailableException("connection refused", null));
        sendFailing(1);
        assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int sent = this.delegate.calls();
        assertThatExceptionOfType(KvUnavailableException.class).isThrownBy(this::get)
            .withMessageStartingWith("Circuit breaker for region eu-west-1 is open")
            .withMessageContaining("unikv-eu-west-1 is OPEN")
            .withCauseInstanceOf(CallNotPermittedException.class);
        assertThat(this.delegate.calls()).isEqualTo(sent);
        assertThat(this.breaker.getMetrics().getNumberOfNotPermittedCalls()).isOne();
    }

    @Test
    void halfOpensAfterTheWaitAndClosesAfterThePermittedSuccesses() {
        open();
        this.delegate.answer(Reply.Bulk.of("ok"));
        this.clock.advance(Duration.ofSeconds(9));
        assertThatExceptionOfType(KvUnavailableException.class).isThrownBy(this::get);
        this.clock.advance(Duration.ofSeconds(2));
        assertThat(get()).isEqualTo(Reply.Bulk.of("ok"));
        assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(get()).isEqualTo(Reply.Bulk.of("ok"));
        assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void reopensWhenTrialCallsFail() {
        open();
        this.clock.advance(Duration.ofSeconds(11));
        sendFailing(2);
        assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void errorRepliesAndServerErrorsAreSuccessesBecauseTheRegionAnswered() {
        this.delegate.answer(new Reply.Error("WRONGTYPE Operation against a key holding the wrong kind of value"));
        for (int i = 0; i < 2; i++) {
            assertThat(get()).isInstanceOf(Reply.Error.class);
        }
        this.delegate.fail(() -> new KvServerException("EXECABORT Transaction discarded because of previous errors."));
        for (int i = 0; i < 2; i++) {
            assertThatExceptionOfType(KvServerException.class).isThrownBy(this::get);
        }
        assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(this.breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(4);
        assertThat(this.breaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void otherFailuresAreIgnored() {
        this.delegate.fail(() -> new KvAuthenticationException("WRONGPASS invalid token"));
        for (int i = 0; i < 5; i++) {
            assertThatExceptionOfType(KvAuthenticationException.class).isThrownBy(this::get);
        }
        this.delegate.fail(() -> new IllegalStateException("bug"));
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(this::get);
        assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(this.breaker.getMetrics().getNumberOfBufferedCalls()).isZero();
    }

    @Test
    void ignoredOutcomesReleaseTheirHalfOpenPermits() {
        open();
        this.clock.advance(Duration.ofSeconds(11));
        this.delegate.fail(() -> new KvAuthenticationException("WRONGPASS invalid token"));
        for (int i = 0; i < 3; i++) {
            assertThatExceptionOfType(KvAuthenticationException.class).isThrownBy(this::get);
        }
        this.delegate.answer(Reply.Bulk.of("ok"));
        get();
        get();
        assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aDelegateThatThrowsIsRecordedAndAnsweredWithAFailedFuture() {
        this.delegate.throwOnSend(new KvUnavailableException("not connected", null));
        assertThat(this.transport.execute(Command.read("GET", "k"))).isCompletedExceptionally();
        assertThat(this.breaker.getMetrics().getNumberOfFailedCalls()).isOne();
    }

    @Test
    void forwardsTheRestToTheDelegate() {
        assertThat(this.transport.region()).isEqualTo("eu-west-1");
        assertThat(this.transport.circuitBreaker()).isSameAs(this.breaker);
        assertThat(this.transport.description()).isEqualTo("scripted");
    }

    private void open() {
        this.delegate.fail(() -> new KvConnectionException("connection reset", null));
        sendFailing(4);
        assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    private void sendFailing(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(this.transport.execute(Command.read("GET", "k"))).isCompletedExceptionally();
        }
    }

    private Reply get() {
        try {
            return this.transport.execute(Command.read("GET", "k")).join();
        }
        catch (CompletionException ex) {
            throw (RuntimeException) ex.getCause();
        }
    }

}
