/**
 * Regions: a {@link io.unikv.transport.Transport} that sends writes to a primary region
 * and reads to read regions, with read-your-writes through sync tokens and failover
 * between regions.
 */
@NullMarked
package io.unikv.transport.region;

import org.jspecify.annotations.NullMarked;
