/**
 * The TCP transport: RESP over Lettuce, from a Spring Data Redis
 * {@code LettuceConnectionFactory} or a Lettuce client.
 */
@NullMarked
package io.unikv.transport.lettuce;

import org.jspecify.annotations.NullMarked;
