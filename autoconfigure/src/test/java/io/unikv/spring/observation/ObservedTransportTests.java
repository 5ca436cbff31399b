package io.unikv.spring.observation;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.unikv.KvServerException;
import io.unikv.KvTimeoutException;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import org.junit.jupiter.api.Test;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link ObservedTransport} with the {@link DefaultUnikvObservationConvention} over an
 * in-memory transport.
 *
 * @author unikv authors
 */
class ObservedTransportTests {

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    private final FakeTransport fake = new FakeTransport("rest https://eu1-example.upstash.io");

    private ObservedTransport observed(boolean recordArguments) {
        return new ObservedTransport(this.fake, this.registry, new DefaultUnikvObservationConvention(recordArguments),
                "eu-west-1", "REST");
    }

    @Test
    void commandHasExactlyTheOpenTelemetryKeysAndNoArguments() {
        observed(false).execute(Command.read("GET", "user:1")).join();
        assertThat(this.registry).hasSingleObservationThat()
            .hasNameEqualTo("db.client.operation.duration")
            .hasContextualNameEqualTo("GET")
            .hasLowCardinalityKeyValue("db.system.name", "redis")
            .hasLowCardinalityKeyValue("db.operation.name", "GET")
            .hasLowCardinalityKeyValue("db.operation.batch.size", "none")
            .hasLowCardinalityKeyValue("db.response.status_code", "none")
            .hasLowCardinalityKeyValue("error.type", "none")
            .hasLowCardinalityKeyValue("server.address", "eu1-example.upstash.io")
            .hasLowCardinalityKeyValue("server.port", "443")
            .hasLowCardinalityKeyValue("unikv.backend", "rest")
            .hasLowCardinalityKeyValue("unikv.region", "eu-west-1")
            .hasOnlyKeys("db.system.name", "db.operation.name", "db.operation.batch.size", "db.response.status_code",
                    "error.type", "server.address", "server.port", "unikv.backend", "unikv.region")
            .doesNotHaveError()
            .hasBeenStarted()
            .hasBeenStopped();
    }

    @Test
    void argumentsOnlyWhenOptedIn() {
        observed(true).execute(Command.write("SET", "user:1", "alice")).join();
        assertThat(this.registry).hasSingleObservationThat()
            .hasHighCardinalityKeyValue("db.query.text", "SET user:1 alice");
    }

    @Test
    void longArgumentsAreCut() {
        observed(true).execute(Command.write("SET", "k", "x".repeat(500))).join();
        assertThat(this.registry).hasSingleObservationThat()
            .hasHighCardinalityKeyValue("db.query.text", "SET k " + "x".repeat(100) + "...");
    }

    @Test
    void pipelineHasBatchSizeAndSharedCommandName() {
        observed(false)
            .pipeline(List.of(Command.write("SET", "a", "1"), Command.write("SET", "b", "2"),
                    Command.write("SET", "c", "3")))
            .join();
        assertThat(this.registry).hasSingleObservationThat()
            .hasContextualNameEqualTo("PIPELINE SET")
            .hasLowCardinalityKeyValue("db.operation.name", "PIPELINE SET")
            .hasLowCardinalityKeyValue("db.operation.batch.size", "3");
    }

    @Test
    void mixedTransactionIsMulti() {
        observed(false).transaction(List.of(Command.write("INCR", "a"), Command.read("GET", "a"))).join();
        assertThat(this.registry).hasSingleObservationThat()
            .hasLowCardinalityKeyValue("db.operation.name", "MULTI")
            .hasLowCardinalityKeyValue("db.operation.batch.size", "2");
    }

    @Test
    void errorReplyRecordsItsPrefixOnly() {
        Reply reply = observed(false).execute(Command.write("LPUSH", "secret-key", "v")).join();
        assertThat(reply).isInstanceOf(Reply.Error.class);
        assertThat(this.registry).hasSingleObservationThat()
            .hasLowCardinalityKeyValue("error.type", "WRONGTYPE")
            .hasLowCardinalityKeyValue("db.response.status_code", "WRONGTYPE")
            .hasError()
            .assertThatError()
            .isInstanceOf(KvServerException.class)
            .hasMessage("WRONGTYPE");
    }

    @Test
    void failedRequestRecordsTheExceptionClass() {
        this.fake.answering(
                (request) -> CompletableFuture.failedFuture(new KvTimeoutException("GET", Duration.ofSeconds(1))));
        CompletableFuture<Reply> reply = observed(false).execute(Command.read("GET", "k"));
        assertThatExceptionOfType(Exception.class).isThrownBy(reply::join)
            .withCauseInstanceOf(KvTimeoutException.class);
        assertThat(this.registry).hasSingleObservationThat()
            .hasLowCardinalityKeyValue("error.type", "io.unikv.KvTimeoutException")
            .hasLowCardinalityKeyValue("db.response.status_code", "none")
            .hasBeenStopped()
            .assertThatError()
            .isInstanceOf(KvTimeoutException.class);
    }

    @Test
    void stopsOnlyWhenTheFutureCompletes() {
        CompletableFuture<Response> pending = new CompletableFuture<>();
        this.fake.answering((request) -> pending);
        CompletableFuture<Response> response = observed(false).send(Request.single(Command.read("GET", "k")));
        assertThat(this.registry).hasSingleObservationThat().hasBeenStarted().isNotStopped();
        pending.complete(new Response(List.of(Reply.NIL), null));
        assertThat(response).isCompleted();
        assertThat(this.registry).hasSingleObservationThat().hasBeenStopped();
    }

    @Test
    void noopRegistryForwardsTheDelegatesFuture() {
        CompletableFuture<Response> pending = new CompletableFuture<>();
        this.fake.answering((request) -> pending);
        ObservedTransport transport = new ObservedTransport(this.fake, ObservationRegistry.NOOP,
                new DefaultUnikvObservationConvention(), "primary", "tcp");
        assertThat(transport.send(Request.single(Command.read("GET", "k")))).isSameAs(pending);
    }

}
