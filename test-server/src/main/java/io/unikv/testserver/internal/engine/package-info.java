/**
 * The single-threaded engine: keyspace, values, clients, command dispatch, replies and
 * Redis's error strings.
 */
@NullMarked
package io.unikv.testserver.internal.engine;

import org.jspecify.annotations.NullMarked;
