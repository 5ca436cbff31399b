/**
 * Actuator support: a health indicator per region and the {@code unikv} endpoint.
 */
@NullMarked
package io.unikv.spring.actuate;

import org.jspecify.annotations.NullMarked;
