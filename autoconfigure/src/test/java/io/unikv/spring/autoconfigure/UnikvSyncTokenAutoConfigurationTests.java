package io.unikv.spring.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import io.unikv.spring.synctoken.SyncTokenServletFilter;
import io.unikv.spring.synctoken.SyncTokenWebFilter;
import io.unikv.spring.synctoken.SyncTokenClientInterceptor;
import io.unikv.spring.synctoken.SyncTokenExchangeFilterFunction;
import org.junit.jupiter.api.Test;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestTemplateAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Context-runner tests of {@link UnikvSyncTokenAutoConfiguration}.
 *
 * @author unikv authors
 */
class UnikvSyncTokenAutoConfigurationTests {

    private static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(UnikvAutoConfiguration.class,
            UnikvSyncTokenAutoConfiguration.class);

    private static final String[] REST = { "unikv.rest.url=https://eu1-example.upstash.io", "unikv.rest.token=t" };

    @Test
    void servletApplicationsGetTheFilter() {
        new WebApplicationContextRunner().withConfiguration(CONFIGURATIONS)
            .withPropertyValues(REST)
            .run((context) -> assertThat(context).hasSingleBean(SyncTokenServletFilter.class)
                .doesNotHaveBean(SyncTokenWebFilter.class));
    }

    @Test
    void reactiveApplicationsGetTheWebFilter() {
        new ReactiveWebApplicationContextRunner().withConfiguration(CONFIGURATIONS)
            .withPropertyValues(REST)
            .run((context) -> assertThat(context).hasSingleBean(SyncTokenWebFilter.class)
                .doesNotHaveBean(SyncTokenServletFilter.class));
    }

    @Test
    void nonWebApplicationsAndDisabledGetNone() {
        new ApplicationContextRunner().withConfiguration(CONFIGURATIONS)
            .withPropertyValues(REST)
            .run((context) -> assertThat(context).doesNotHaveBean(SyncTokenServletFilter.class));
        new WebApplicationContextRunner().withConfiguration(CONFIGURATIONS)
            .withPropertyValues(REST)
            .withPropertyValues("unikv.sync-token.web.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(SyncTokenServletFilter.class));
        new WebApplicationContextRunner().withConfiguration(CONFIGURATIONS)
            .withPropertyValues(REST)
            .withClassLoader(new FilteredClassLoader(SyncTokenServletFilter.class))
            .run((context) -> assertThat(context).doesNotHaveBean(SyncTokenServletFilter.class));
    }

    @Test
    void userFilterBacksOff() {
        new WebApplicationContextRunner().withConfiguration(CONFIGURATIONS)
            .withPropertyValues(REST)
            .withBean("mine", SyncTokenServletFilter.class,
                    () -> new SyncTokenServletFilter(io.unikv.RedisStore.builder()
                        .transport(io.unikv.transport.rest.RestTransport.builder()
                            .url("https://mine.example.com")
                            .token("t")
                            .build())
                        .build()))
            .run((context) -> assertThat(context).hasSingleBean(SyncTokenServletFilter.class).hasBean("mine"));
    }

    @Test
    void clientsBuiltFromBootsBuildersCarryTheToken() {
        AutoConfigurations clients = AutoConfigurations.of(RestClientAutoConfiguration.class,
                RestTemplateAutoConfiguration.class, WebClientAutoConfiguration.class);
        new ApplicationContextRunner().withConfiguration(CONFIGURATIONS)
            .withConfiguration(clients)
            .withPropertyValues(REST)
            .run((context) -> {
                List<ClientHttpRequestInterceptor> interceptors = new ArrayList<>();
                context.getBean(RestClient.Builder.class).requestInterceptors(interceptors::addAll);
                assertThat(interceptors).hasAtLeastOneElementOfType(SyncTokenClientInterceptor.class);
                assertThat(context.getBean(RestTemplateBuilder.class).build().getInterceptors())
                    .hasAtLeastOneElementOfType(SyncTokenClientInterceptor.class);
                List<ExchangeFilterFunction> filters = new ArrayList<>();
                context.getBean(WebClient.Builder.class).filters(filters::addAll);
                assertThat(filters).hasAtLeastOneElementOfType(SyncTokenExchangeFilterFunction.class);
            });
        new ApplicationContextRunner().withConfiguration(CONFIGURATIONS)
            .withConfiguration(clients)
            .withPropertyValues(REST)
            .withPropertyValues("unikv.sync-token.clients.enabled=false")
            .run((context) -> {
                List<ClientHttpRequestInterceptor> interceptors = new ArrayList<>();
                context.getBean(RestClient.Builder.class).requestInterceptors(interceptors::addAll);
                assertThat(interceptors).noneMatch(SyncTokenClientInterceptor.class::isInstance);
                List<ExchangeFilterFunction> filters = new ArrayList<>();
                context.getBean(WebClient.Builder.class).filters(filters::addAll);
                assertThat(filters).noneMatch(SyncTokenExchangeFilterFunction.class::isInstance);
            });
    }

}
