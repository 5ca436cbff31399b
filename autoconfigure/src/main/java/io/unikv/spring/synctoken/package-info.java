/**
 * Carry unikv sync tokens across services: servlet and WebFlux filters for incoming
 * requests, {@code RestClient} and {@code WebClient} interceptors for outgoing ones, and
 * the context-propagation accessor that moves the token through Reactor.
 */
@NullMarked
package io.unikv.spring.synctoken;

import org.jspecify.annotations.NullMarked;
