/**
 * JMH benchmarks of the unikv client against raw Lettuce and of REST auto-pipelining.
 */
@NullMarked
package io.unikv.benchmarks.client;

import org.jspecify.annotations.NullMarked;
