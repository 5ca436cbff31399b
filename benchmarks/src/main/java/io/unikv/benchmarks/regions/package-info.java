/**
 * Benchmarks of regional reads: what read-your-writes costs over eventual reads.
 */
@NullMarked
package io.unikv.benchmarks.regions;

import org.jspecify.annotations.NullMarked;
