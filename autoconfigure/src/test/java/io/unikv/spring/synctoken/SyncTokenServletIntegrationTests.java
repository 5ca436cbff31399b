package io.unikv.spring.synctoken;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.unikv.RedisStore;
import io.unikv.testserver.UnikvTestServer;
import io.unikv.transport.rest.RestTransport;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write in service A is visible to a read in service B on the same request path: A
 * writes through the primary and calls B over HTTP with
 * {@link SyncTokenClientInterceptor}; B, behind {@link SyncTokenServletFilter} in Tomcat,
 * reads from a replica that lags 150 ms, through a store that never saw A's write.
 * Without the filter and the interceptor the same reads are stale.
 *
 * @author unikv authors
 */
class SyncTokenServletIntegrationTests {

    private static final int ROUNDS = 200;

    private static final String MISSING = "<missing>";

    @TempDir
    static Path baseDir;

    private static UnikvTestServer server;

    private static final List<AutoCloseable> resources = new ArrayList<>();

    private static final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    // Held so the levels stick: Tomcat logs every start and stop through JUL.
    private static final Logger catalinaLogger = Logger.getLogger("org.apache");

    @BeforeAll
    static void startDatabase() {
        catalinaLogger.setLevel(Level.SEVERE);
        server = UnikvTestServer.builder().token("t").regions("us-east-1", "eu-west-1:150ms").start();
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
        server.close();
    }

    @Test
    void withFilterAndInterceptorServiceBAlwaysSeesTheWrite() throws Exception {
        RedisStore storeA = store("us-east-1");
        RedisStore storeB = store("eu-west-1");
        String serviceB = startServiceB(storeB, new SyncTokenServletFilter(storeB));
        String serviceA = startServiceA(storeA, serviceB, new SyncTokenClientInterceptor(storeA));
        assertThat(staleReads("servlet, with sync tokens", serviceA)).isZero();
        assertThat(storeB.syncToken()).isNotNull();
    }

    @Test
    void withoutThemReadsAreStale() throws Exception {
        RedisStore storeA = store("us-east-1");
        RedisStore storeB = store("eu-west-1");
        String serviceB = startServiceB(storeB, null);
        String serviceA = startServiceA(storeA, serviceB, null);
        assertThat(staleReads("servlet, without sync tokens", serviceA)).isPositive();
    }

    @Test
    void serviceBsWritesBecomeVisibleToServiceAsNextReads() throws Exception {
        RedisStore storeA = store("eu-west-1");
        RedisStore storeB = store("eu-west-1");
        String serviceB = startServiceB(storeB, new SyncTokenServletFilter(storeB));
        RestClient toB = restClient(serviceB, new SyncTokenClientInterceptor(storeA));
        for (int i = 0; i < 20; i++) {
            String key = "written-by-b:" + UUID.randomUUID();
            toB.post().uri("/write?key={key}", key).retrieve().toBodilessEntity();
            assertThat(storeA.get(key, String.class)).isEqualTo("value-" + key);
        }
    }

    private static int staleReads(String label, String serviceA) throws IOException, InterruptedException {
        int stale = 0;
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            String key = "order:" + UUID.randomUUID();
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(serviceA + "/write-then-call?key=" + key)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            if (response.body().equals(MISSING)) {
                stale++;
            }
            else {
                assertThat(response.body()).isEqualTo("value-" + key);
            }
        }
        System.out.printf("%s: %d of %d reads stale, %d ms per round%n", label, stale, ROUNDS,
                (System.nanoTime() - start) / 1_000_000 / ROUNDS);
        return stale;
    }

    private static RedisStore store(String region) {
        RedisStore store = RedisStore.builder()
            .transport(RestTransport.builder().url(server.region(region).restUrl()).token("t").build())
            .build();
        resources.add(store);
        return store;
    }

    private static RestClient restClient(String baseUrl, @Nullable ClientHttpRequestInterceptor interceptor) {
        RestClient.Builder builder = RestClient.builder()
            .baseUrl(baseUrl)
            .requestFactory(new JdkClientHttpRequestFactory(client));
        if (interceptor != null) {
            builder.requestInterceptor(interceptor);
        }
        return builder.build();
    }

    /**
     * Service A: Tomcat with a servlet that writes a key through its store, then asks
     * service B for it and answers with B's answer.
     */
    private static String startServiceA(RedisStore store, String serviceB,
            @Nullable ClientHttpRequestInterceptor interceptor) throws IOException, LifecycleException {
        return startTomcat(new WriteThenCallServlet(store, restClient(serviceB, interceptor)), null);
    }

    /**
     * Service B: Tomcat with a servlet that reads or writes a key through its store,
     * behind the filter when there is one.
     */
    private static String startServiceB(RedisStore store, @Nullable Filter filter)
            throws IOException, LifecycleException {
        return startTomcat(new KeyServlet(store), filter);
    }

    private static String startTomcat(HttpServlet servlet, @Nullable Filter filter)
            throws IOException, LifecycleException {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory(baseDir, "tomcat").toString());
        tomcat.setPort(0);
        tomcat.getConnector();
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "service", servlet).addMapping("/*");
        if (filter != null) {
            FilterDef def = new FilterDef();
            def.setFilterName("syncToken");
            def.setFilter(filter);
            context.addFilterDef(def);
            FilterMap map = new FilterMap();
            map.setFilterName("syncToken");
            map.addURLPattern("/*");
            context.addFilterMap(map);
        }
        tomcat.start();
        resources.add(() -> {
            tomcat.stop();
            tomcat.destroy();
        });
        return "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
    }

    private static final class WriteThenCallServlet extends HttpServlet {

        private final transient RedisStore store;

        private final transient RestClient serviceB;

        WriteThenCallServlet(RedisStore store, RestClient serviceB) {
            this.store = store;
            this.serviceB = serviceB;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String key = request.getParameter("key");
            this.store.put(key, "value-" + key);
            String seenByB = this.serviceB.get().uri("/read?key={key}", key).retrieve().body(String.class);
            response.setContentType("text/plain");
            response.getWriter().write((seenByB != null) ? seenByB : "");
        }

    }

    private static final class KeyServlet extends HttpServlet {

        private final transient RedisStore store;

        KeyServlet(RedisStore store) {
            this.store = store;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String value = this.store.get(request.getParameter("key"), String.class);
            response.setContentType("text/plain");
            response.getWriter().write((value != null) ? value : MISSING);
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) {
            String key = request.getParameter("key");
            this.store.put(key, "value-" + key);
            response.setStatus(204);
        }

    }

}
