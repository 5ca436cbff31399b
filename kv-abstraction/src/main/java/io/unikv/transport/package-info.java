/**
 * The bytes-level Transport SPI that every backend implements: commands in, RESP-shaped
 * replies out.
 */
@NullMarked
package io.unikv.transport;

import org.jspecify.annotations.NullMarked;
