package io.unikv.spring.observation;

import java.util.List;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.unikv.RedisStore;
import io.unikv.spring.autoconfigure.UnikvAutoConfiguration;
import io.unikv.spring.autoconfigure.UnikvEmbeddedServerAutoConfiguration;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot with Micrometer Tracing's OpenTelemetry bridge: each store call exports one
 * client span through the OpenTelemetry SDK, named after the operation and carrying
 * OpenTelemetry's database attributes, and never the keys or values.
 *
 * @author unikv authors
 */
class UnikvOpenTelemetryTracingIntegrationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
                OpenTelemetrySdkAutoConfiguration.class, OpenTelemetryTracingAutoConfiguration.class,
                MicrometerTracingAutoConfiguration.class, UnikvEmbeddedServerAutoConfiguration.class,
                UnikvAutoConfiguration.class, UnikvObservationAutoConfiguration.class))
        .withPropertyValues("management.tracing.sampling.probability=1.0")
        .withBean(InMemorySpanExporter.class, InMemorySpanExporter::create);

    @Test
    void storeCallsExportClientSpans() {
        this.runner.run((context) -> {
            assertThat(context).hasSingleBean(SpanExporter.class);
            UnikvTestServer server = context.getBean(UnikvTestServer.class);
            RedisStore store = context.getBean(RedisStore.class);
            store.set("user:1", "secret-value");
            InMemorySpanExporter exporter = context.getBean(InMemorySpanExporter.class);
            context.getBean(io.opentelemetry.sdk.trace.SdkTracerProvider.class)
                .forceFlush()
                .join(5, java.util.concurrent.TimeUnit.SECONDS);
            List<SpanData> spans = exporter.getFinishedSpanItems();
            assertThat(spans).hasSize(1);
            SpanData span = spans.get(0);
            assertThat(span.getName()).isEqualTo("SET");
            assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
            assertThat(span.getAttributes().get(AttributeKey.stringKey("db.system.name"))).isEqualTo("redis");
            assertThat(span.getAttributes().get(AttributeKey.stringKey("db.operation.name"))).isEqualTo("SET");
            assertThat(span.getAttributes().get(AttributeKey.stringKey("server.port")))
                .isEqualTo(Integer.toString(server.httpPort()));
            assertThat(span.getAttributes().get(AttributeKey.stringKey("unikv.backend"))).isEqualTo("rest");
            assertThat(span.getAttributes().asMap().values())
                .noneMatch((value) -> value.toString().contains("user:1") || value.toString().contains("secret-value"));
        });
    }

}
