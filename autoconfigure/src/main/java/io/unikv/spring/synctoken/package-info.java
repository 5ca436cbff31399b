/**
 * Carry unikv sync tokens across services, so that service B reads what service A wrote
 * on the same request path: servlet and WebFlux filters for incoming requests,
 * {@code RestClient} and {@code WebClient} interceptors for outgoing ones, and the
 * context-propagation accessor that moves the token through Reactor. Register them by
 * hand until the auto-configuration does:
 *
 * <pre class="code">
 * &#64;Bean
 * SyncTokenServletFilter syncTokenFilter(KeyValueStore store) {
 *     return new SyncTokenServletFilter(store);
 * }
 *
 * &#64;Bean
 * RestClient serviceB(RestClient.Builder builder, KeyValueStore store) {
 *     return builder.baseUrl("http://service-b").requestInterceptor(new SyncTokenClientInterceptor(store)).build();
 * }
 * </pre>
 */
@NullMarked
package io.unikv.spring.synctoken;

import org.jspecify.annotations.NullMarked;
