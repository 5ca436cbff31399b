package io.unikv.spring.autoconfigure;

import io.unikv.KeyValueStore;
import io.unikv.spring.synctoken.SyncTokenClientInterceptor;
import io.unikv.spring.synctoken.SyncTokenExchangeFilterFunction;
import io.unikv.spring.synctoken.SyncTokenServletFilter;
import io.unikv.spring.synctoken.SyncTokenWebFilter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.RestTemplateCustomizer;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Carries sync tokens between services. Incoming: a servlet filter (or a WebFlux filter)
 * reads the {@code unikv-sync-token} header (or W3C baggage) of each request, so that the
 * store's reads while handling it see what the caller wrote, and answers with the store's
 * newest token; off with {@code unikv.sync-token.web.enabled=false}. Outgoing: every
 * {@code RestClient}, {@code RestTemplate} and {@code WebClient} built from Boot's
 * builders sends the current token ({@link SyncTokenClientInterceptor},
 * {@link SyncTokenExchangeFilterFunction}) and adopts the token of the response; off with
 * {@code unikv.sync-token.clients.enabled=false}.
 *
 * @author unikv authors
 */
@AutoConfiguration(after = UnikvAutoConfiguration.class,
        beforeName = { "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
                "org.springframework.boot.restclient.autoconfigure.RestTemplateAutoConfiguration",
                "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration" })
@ConditionalOnClass(SyncTokenServletFilter.class)
@ConditionalOnSingleCandidate(KeyValueStore.class)
public final class UnikvSyncTokenAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "jakarta.servlet.Filter")
    @ConditionalOnBooleanProperty(name = "unikv.sync-token.web.enabled", matchIfMissing = true)
    static class Servlet {

        @Bean
        @ConditionalOnMissingBean
        SyncTokenServletFilter unikvSyncTokenFilter(KeyValueStore store) {
            return new SyncTokenServletFilter(store);
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    @ConditionalOnClass(name = "org.springframework.web.server.WebFilter")
    @ConditionalOnBooleanProperty(name = "unikv.sync-token.web.enabled", matchIfMissing = true)
    static class Reactive {

        @Bean
        @ConditionalOnMissingBean
        SyncTokenWebFilter unikvSyncTokenWebFilter(KeyValueStore store) {
            return new SyncTokenWebFilter(store);
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = { "org.springframework.boot.restclient.RestClientCustomizer",
            "org.springframework.http.client.ClientHttpRequestInterceptor" })
    @ConditionalOnBooleanProperty(name = "unikv.sync-token.clients.enabled", matchIfMissing = true)
    static class BlockingClients {

        @Bean
        RestClientCustomizer unikvSyncTokenRestClientCustomizer(KeyValueStore store) {
            SyncTokenClientInterceptor interceptor = new SyncTokenClientInterceptor(store);
            return (builder) -> builder.requestInterceptor(interceptor);
        }

        @Bean
        RestTemplateCustomizer unikvSyncTokenRestTemplateCustomizer(KeyValueStore store) {
            SyncTokenClientInterceptor interceptor = new SyncTokenClientInterceptor(store);
            return (template) -> template.getInterceptors().add(interceptor);
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = { "org.springframework.boot.webclient.WebClientCustomizer",
            "org.springframework.web.reactive.function.client.WebClient" })
    @ConditionalOnBooleanProperty(name = "unikv.sync-token.clients.enabled", matchIfMissing = true)
    static class ReactiveClients {

        @Bean
        WebClientCustomizer unikvSyncTokenWebClientCustomizer(KeyValueStore store) {
            SyncTokenExchangeFilterFunction filter = new SyncTokenExchangeFilterFunction(store);
            return (builder) -> builder.filter(filter);
        }

    }

}
