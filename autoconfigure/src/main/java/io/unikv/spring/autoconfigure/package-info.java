/**
 * Spring Boot auto-configuration of unikv stores: properties, connection details, the
 * embedded test server default and startup failure analysis.
 */
@NullMarked
package io.unikv.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
