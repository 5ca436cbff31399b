package io.unikv.spring.resilience;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.unikv.KvConnectionException;
import io.unikv.KvUnavailableException;
import io.unikv.RedisStore;
import io.unikv.spring.autoconfigure.UnikvAutoConfiguration;
import io.unikv.spring.autoconfigure.UnikvEmbeddedServerAutoConfiguration;
import io.unikv.spring.autoconfigure.UnikvRegions;
import io.unikv.testserver.UnikvTestServer;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Transport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Circuit breakers per region against the embedded test server's regions and fault
 * injection: a read region that goes down opens its breaker while reads fail over, and
 * closes again after it comes back; an open primary breaker fails writes fast.
 *
 * @author unikv authors
 */
class UnikvResilienceIntegrationTests {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(UnikvEmbeddedServerAutoConfiguration.class,
                UnikvAutoConfiguration.class, UnikvResilienceAutoConfiguration.class))
        .withPropertyValues("unikv.embedded.regions=us-east-1,eu-west-1", "unikv.circuit-breaker.sliding-window-size=2",
                "unikv.circuit-breaker.minimum-number-of-calls=2", "unikv.circuit-breaker.failure-rate-threshold=100",
                "unikv.circuit-breaker.wait-duration-in-open-state=300ms",
                "unikv.circuit-breaker.permitted-number-of-calls-in-half-open-state=2");

    @Test
    void aReadRegionThatGoesDownOpensItsBreakerReadsFailOverAndItRecovers() {
        this.runner.run((context) -> {
            UnikvTestServer server = context.getBean(UnikvTestServer.class);
            RedisStore store = context.getBean(RedisStore.class);
            CircuitBreaker breaker = breaker(context, "unikv-eu-west-1");
            Transport region = context.getBean(UnikvRegions.class).regions().get(1).transport();
            store.set("k", "v");
            assertThat(store.get("k")).isEqualTo("v");
            assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isOne();

            server.region("eu-west-1").faults().down(true);
            assertThat(store.get("k")).isEqualTo("v");
            assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isOne();
            // the regional router rests eu-west-1 after that failure; a health check
            // goes through the same guarded transport
            assertThat(failure(region.execute(Command.read("PING")))).isInstanceOf(KvConnectionException.class);
            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
            assertThat(failure(region.execute(Command.read("PING")))).isInstanceOf(KvUnavailableException.class)
                .hasMessageStartingWith("Circuit breaker for region eu-west-1 is open");
            assertThat(store.get("k")).isEqualTo("v");

            server.region("eu-west-1").faults().down(false);
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (breaker.getState() != CircuitBreaker.State.CLOSED) {
                assertThat(System.nanoTime()).as("waiting for the breaker to close").isLessThan(deadline);
                region.execute(Command.read("PING")).exceptionally((ex) -> null).join();
                Thread.onSpinWait();
            }
            assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
            assertThat(store.get("k")).isEqualTo("v");
        });
    }

    @Test
    void anOpenPrimaryBreakerFailsWritesFast() {
        this.runner.run((context) -> {
            UnikvTestServer server = context.getBean(UnikvTestServer.class);
            RedisStore store = context.getBean(RedisStore.class);
            CircuitBreaker breaker = breaker(context, "unikv-us-east-1");
            store.set("k", "v");
            server.primary().faults().down(true);
            for (int i = 0; i < 2; i++) {
                assertThatExceptionOfType(KvConnectionException.class).isThrownBy(() -> store.set("k", "w"));
            }
            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
            server.primary().faults().down(false);
            assertThatExceptionOfType(KvUnavailableException.class).isThrownBy(() -> store.set("k", "w"))
                .withMessageStartingWith("Primary region us-east-1: Circuit breaker for region us-east-1 is open");
            assertThat(server.<String>direct((data) -> data.get("k"))).isEqualTo("v");
            assertThat(store.get("k")).isEqualTo("v");
        });
    }

    private static CircuitBreaker breaker(AssertableApplicationContext context, String name) {
        return context.getBean(CircuitBreakerRegistry.class).find(name).orElseThrow();
    }

    private static Throwable failure(CompletableFuture<Reply> reply) {
        try {
            reply.join();
        }
        catch (CompletionException ex) {
            return ex.getCause();
        }
        throw new AssertionError("Expected a failure, got " + reply.join());
    }

}
