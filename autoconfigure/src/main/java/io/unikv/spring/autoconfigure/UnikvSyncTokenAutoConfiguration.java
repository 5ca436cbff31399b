package io.unikv.spring.autoconfigure;

import io.unikv.KeyValueStore;
import io.unikv.spring.synctoken.SyncTokenServletFilter;
import io.unikv.spring.synctoken.SyncTokenWebFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Carries sync tokens into web applications: a servlet filter (or a WebFlux filter) reads
 * the {@code unikv-sync-token} header (or W3C baggage) of each request, so that the
 * store's reads while handling it see what the caller wrote, and answers with the store's
 * newest token. Off with {@code unikv.sync-token.web.enabled=false}. Outgoing calls carry
 * the token when their client has a
 * {@link io.unikv.spring.synctoken.SyncTokenClientInterceptor} or
 * {@link io.unikv.spring.synctoken.SyncTokenExchangeFilterFunction}.
 *
 * @author unikv authors
 */
@AutoConfiguration(after = UnikvAutoConfiguration.class)
@ConditionalOnClass(SyncTokenServletFilter.class)
@ConditionalOnSingleCandidate(KeyValueStore.class)
@ConditionalOnBooleanProperty(name = "unikv.sync-token.web.enabled", matchIfMissing = true)
public final class UnikvSyncTokenAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "jakarta.servlet.Filter")
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
    static class Reactive {

        @Bean
        @ConditionalOnMissingBean
        SyncTokenWebFilter unikvSyncTokenWebFilter(KeyValueStore store) {
            return new SyncTokenWebFilter(store);
        }

    }

}
