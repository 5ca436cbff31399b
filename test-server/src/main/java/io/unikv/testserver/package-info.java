/**
 * The unikv test server: an in-process Redis-compatible server with RESP and Upstash REST
 * front ends, for tests and local development.
 */
@NullMarked
package io.unikv.testserver;

import org.jspecify.annotations.NullMarked;
