package io.unikv.spring.observation;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import io.unikv.transport.Command;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spans from {@link ObservedTransport} through Micrometer Tracing's sender handler, as
 * the OpenTelemetry bridge makes them.
 *
 * @author unikv authors
 */
class ObservedTransportTracingTests {

    @Test
    void clientSpanNamedAfterTheOperation() {
        SimpleTracer tracer = new SimpleTracer();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig()
            .observationHandler(new PropagatingSenderTracingObservationHandler<>(tracer, Propagator.NOOP));
        new ObservedTransport(new FakeTransport("tcp redis://cache:6380"), registry,
                new DefaultUnikvObservationConvention(), "primary", "tcp")
            .execute(Command.read("GET", "user:1"))
            .join();
        SimpleSpan span = tracer.onlySpan();
        assertThat(span.getName()).isEqualTo("GET");
        assertThat(span.getKind()).isEqualTo(Span.Kind.CLIENT);
        assertThat(span.getRemoteServiceName()).isEqualTo("redis");
        assertThat(span.getTags()).containsEntry("db.system.name", "redis")
            .containsEntry("db.operation.name", "GET")
            .containsEntry("server.address", "cache")
            .containsEntry("server.port", "6380")
            .doesNotContainKey("db.query.text");
        assertThat(span.getTags().values()).noneMatch((value) -> value.contains("user:1"));
    }

}
