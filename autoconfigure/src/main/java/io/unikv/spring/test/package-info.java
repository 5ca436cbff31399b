/**
 * Spring test support: {@code @SpringBootTest} classes annotated with
 * {@link io.unikv.testserver.UnikvTest} get an application connected to their test server
 * without properties.
 */
@NullMarked
package io.unikv.spring.test;

import org.jspecify.annotations.NullMarked;
