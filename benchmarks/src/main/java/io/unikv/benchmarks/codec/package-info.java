/**
 * JMH benchmarks of the value codecs against the libraries they wrap.
 */
@NullMarked
package io.unikv.benchmarks.codec;

import org.jspecify.annotations.NullMarked;
