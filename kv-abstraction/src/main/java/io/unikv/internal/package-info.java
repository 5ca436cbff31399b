/**
 * Implementation of the unikv API over the Transport SPI: typed commands, executors, the
 * store and its sync, async and batch views. Not API: may change without notice.
 */
@NullMarked
package io.unikv.internal;

import org.jspecify.annotations.NullMarked;
