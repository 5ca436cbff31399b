/**
 * Regions of the test server: a primary engine whose replication log of effects feeds
 * replica engines after a configured lag.
 */
@NullMarked
package io.unikv.testserver.internal.replication;

import org.jspecify.annotations.NullMarked;
