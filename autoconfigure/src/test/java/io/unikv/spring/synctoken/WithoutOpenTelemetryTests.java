package io.unikv.spring.synctoken;

import java.io.IOException;
import java.io.InputStream;

import io.unikv.RedisStore;
import io.unikv.SyncToken;
import io.unikv.SyncTokenContext;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * The filters and interceptors work when the OpenTelemetry API is not on the classpath:
 * this package's classes are loaded again by a class loader that hides it.
 *
 * @author unikv authors
 */
class WithoutOpenTelemetryTests {

    private final ClassLoader loader = new WithoutOpenTelemetry(getClass().getClassLoader());

    @Test
    void servletFilterUsesTheHeader() throws Exception {
        try (RedisStore store = RecordingTransport.store(new RecordingTransport())) {
            Filter filter = (Filter) this.loader.loadClass(SyncTokenServletFilter.class.getName())
                .getConstructor(io.unikv.KeyValueStore.class)
                .newInstance(store);
            assertThat(filter.getClass()).isNotSameAs(SyncTokenServletFilter.class);
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
            request.addHeader(SyncToken.HEADER, "7");
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response,
                    (req, res) -> assertThat(SyncTokenContext.current()).isEqualTo(SyncToken.of("7")));
            assertThat(response.getHeader(SyncToken.HEADER)).isEqualTo("7");
            filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
                    (req, res) -> assertThat(SyncTokenContext.current()).isNull());
        }
    }

    @Test
    void clientInterceptorSendsTheHeader() throws Exception {
        try (RedisStore store = RecordingTransport.store(new RecordingTransport())) {
            store.useSyncToken(SyncToken.of("12"));
            ClientHttpRequestInterceptor interceptor = (ClientHttpRequestInterceptor) this.loader
                .loadClass(SyncTokenClientInterceptor.class.getName())
                .getConstructor(io.unikv.KeyValueStore.class)
                .newInstance(store);
            RestClient.Builder builder = RestClient.builder().requestInterceptor(interceptor);
            MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
            server.expect(requestTo("/b"))
                .andExpect((request) -> assertThat(request.getHeaders().getFirst(SyncToken.HEADER)).isEqualTo("12"))
                .andRespond(withSuccess().header(SyncToken.HEADER, "15"));
            builder.build().get().uri("/b").retrieve().toBodilessEntity();
            server.verify();
            assertThat(store.syncToken()).isEqualTo(SyncToken.of("15"));
        }
    }

    /**
     * Loads this package's main classes itself and refuses OpenTelemetry; everything else
     * comes from the parent.
     */
    private static final class WithoutOpenTelemetry extends ClassLoader {

        private static final String PACKAGE = "io.unikv.spring.synctoken.";

        WithoutOpenTelemetry(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("io.opentelemetry.")) {
                throw new ClassNotFoundException(name);
            }
            if (!name.startsWith(PACKAGE) || name.contains("Tests") || name.equals(PACKAGE + "RecordingTransport")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return (loaded != null) ? loaded : define(name);
            }
        }

        private Class<?> define(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            }
            catch (IOException ex) {
                throw new ClassNotFoundException(name, ex);
            }
        }

    }

}
