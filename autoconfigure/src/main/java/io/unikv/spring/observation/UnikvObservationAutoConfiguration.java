package io.unikv.spring.observation;

import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.observation.MeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.unikv.spring.autoconfigure.UnikvAutoConfiguration;
import io.unikv.spring.autoconfigure.UnikvTransportDecorator;
import io.unikv.transport.Transport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Observes every request of the auto-configured store when the application has an
 * {@link ObservationRegistry} (Spring Boot's actuator or OpenTelemetry starters): each
 * region's transport is wrapped in an {@link ObservedTransport}, outermost of the
 * {@link UnikvTransportDecorator decorators}, giving the timer
 * {@code db.client.operation.duration} and client spans. A
 * {@link UnikvObservationConvention} bean replaces the default naming. With a Micrometer
 * {@code MeterRegistry}, region meters ({@link UnikvRegionMetrics}) are bound too, and
 * {@link UnikvMeterObservationHandler} records unikv observations with cached meters
 * (ahead of Boot's default meter handler, which keeps every other observation). Off with
 * {@code unikv.observation.enabled=false}.
 *
 * @author unikv authors
 */
@AutoConfiguration(before = UnikvAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ ObservationRegistry.class, UnikvTransportDecorator.class })
@ConditionalOnBooleanProperty(name = "unikv.observation.enabled", matchIfMissing = true)
@EnableConfigurationProperties(UnikvObservationProperties.class)
public final class UnikvObservationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    UnikvObservationConvention unikvObservationConvention(UnikvObservationProperties properties) {
        return new DefaultUnikvObservationConvention(properties.isRecordArguments());
    }

    @Bean
    @ConditionalOnBean(ObservationRegistry.class)
    UnikvTransportDecorator unikvObservationTransportDecorator(ObservationRegistry registry,
            UnikvObservationConvention convention) {
        return new ObservationTransportDecorator(registry, convention);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterObservationHandler.class)
    static class Meters {

        @Bean
        @ConditionalOnMissingBean
        UnikvMeterObservationHandler unikvMeterObservationHandler(ObjectProvider<MeterRegistry> registry,
                Environment environment) {
            // the same switch as Boot's DefaultMeterObservationHandler
            boolean longTaskTimer = Binder.get(environment)
                .bind("management.metrics.observations.ignored-meters", Bindable.setOf(String.class))
                .orElse(Set.of())
                .stream()
                .noneMatch((meter) -> meter.replace('_', '-').equalsIgnoreCase("long-task-timer"));
            return new UnikvMeterObservationHandler(registry::getIfUnique, longTaskTimer);
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class RegionMetrics {

        @Bean
        @ConditionalOnMissingBean
        UnikvRegionMetrics unikvRegionMetrics(ObjectProvider<Transport> transport) {
            return new UnikvRegionMetrics(transport::getIfUnique);
        }

    }

}
