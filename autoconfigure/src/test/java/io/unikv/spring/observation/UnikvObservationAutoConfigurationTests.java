package io.unikv.spring.observation;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.unikv.spring.autoconfigure.UnikvAutoConfiguration;
import io.unikv.spring.autoconfigure.UnikvRegion;
import io.unikv.spring.autoconfigure.UnikvRegions;
import io.unikv.spring.autoconfigure.UnikvTransportDecorator;
import io.unikv.transport.Command;
import io.unikv.transport.ForwardingTransport;
import io.unikv.transport.Request;
import io.unikv.transport.Transport;
import io.unikv.transport.rest.RestTransport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Context-runner tests of {@link UnikvObservationAutoConfiguration}. Requests go to a
 * closed local port, so they fail fast and are still observed.
 *
 * @author unikv authors
 */
class UnikvObservationAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(UnikvObservationAutoConfiguration.class, UnikvAutoConfiguration.class))
        .withPropertyValues("unikv.rest.url=http://127.0.0.1:1", "unikv.rest.token=t", "unikv.rest.retries=0");

    @Test
    void observesEachRegionWithARegistry() {
        this.runner.withUserConfiguration(Registry.class).run((context) -> {
            assertThat(context).hasSingleBean(UnikvObservationConvention.class).hasSingleBean(UnikvRegionMetrics.class);
            assertThat(context.getBean(UnikvObservationConvention.class))
                .isInstanceOf(DefaultUnikvObservationConvention.class);
            Transport transport = context.getBean(UnikvRegions.class).primary().transport();
            assertThat(transport).isInstanceOf(ObservedTransport.class);
            assertThat(transport.description()).isEqualTo("rest http://127.0.0.1:1");
            send(context.getBean(Transport.class));
            assertThat(context.getBean(TestObservationRegistry.class)).hasSingleObservationThat()
                .hasNameEqualTo("db.client.operation.duration")
                .hasLowCardinalityKeyValue("unikv.region", "primary")
                .hasLowCardinalityKeyValue("server.port", "1")
                .hasError();
        });
    }

    @Test
    void observationIsOutermost() {
        this.runner.withUserConfiguration(Registry.class)
            .withBean("innerDecorator", UnikvTransportDecorator.class, () -> new InnerDecorator())
            .run((context) -> assertThat(context.getBean(UnikvRegions.class).primary().transport())
                .isInstanceOf(ObservedTransport.class));
    }

    @Test
    void absentWithoutMicrometerObservation() {
        this.runner.withUserConfiguration(Registry.class)
            .withClassLoader(new FilteredClassLoader(ObservationRegistry.class))
            .run((context) -> {
                assertThat(context).doesNotHaveBean(UnikvObservationConvention.class);
                assertThat(context.getBean(Transport.class)).isInstanceOf(RestTransport.class);
            });
    }

    @Test
    void transportsUntouchedWithoutARegistryBean() {
        this.runner.run((context) -> assertThat(context.getBean(Transport.class)).isInstanceOf(RestTransport.class));
    }

    @Test
    void userConventionIsUsed() {
        this.runner.withUserConfiguration(Registry.class, CustomConvention.class).run((context) -> {
            assertThat(context).hasSingleBean(UnikvObservationConvention.class);
            send(context.getBean(Transport.class));
            assertThat(context.getBean(TestObservationRegistry.class)).hasSingleObservationThat()
                .hasNameEqualTo("custom.redis")
                .hasLowCardinalityKeyValue("command", "SET");
        });
    }

    @Test
    void disabledByProperty() {
        this.runner.withUserConfiguration(Registry.class)
            .withPropertyValues("unikv.observation.enabled=false")
            .run((context) -> {
                assertThat(context).doesNotHaveBean(UnikvObservationConvention.class);
                assertThat(context.getBean(Transport.class)).isInstanceOf(RestTransport.class);
            });
    }

    @Test
    void recordArgumentsByProperty() {
        this.runner.withUserConfiguration(Registry.class)
            .withPropertyValues("unikv.observation.record-arguments=true")
            .run((context) -> {
                send(context.getBean(Transport.class));
                assertThat(context.getBean(TestObservationRegistry.class)).hasSingleObservationThat()
                    .hasHighCardinalityKeyValue("db.query.text", "SET k v");
            });
    }

    private static void send(Transport transport) {
        transport.send(Request.single(Command.write("SET", "k", "v"))).handle((response, failure) -> null).join();
    }

    static class InnerDecorator implements UnikvTransportDecorator, Ordered {

        @Override
        public Transport decorate(UnikvRegion region, Transport transport) {
            return new ForwardingTransport(transport) {
            };
        }

        @Override
        public int getOrder() {
            return 0;
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class Registry {

        @Bean
        TestObservationRegistry observationRegistry() {
            return TestObservationRegistry.create();
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class CustomConvention {

        @Bean
        UnikvObservationConvention customConvention() {
            return new UnikvObservationConvention() {

                @Override
                public String getName() {
                    return "custom.redis";
                }

                @Override
                public KeyValues getLowCardinalityKeyValues(UnikvObservationContext context) {
                    return KeyValues.of("command", context.getRequest().commands().get(0).name());
                }

            };
        }

    }

}
