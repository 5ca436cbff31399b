/**
 * The sample application that shows unikv's features on the embedded test server.
 */
@NullMarked
package io.unikv.sample;

import org.jspecify.annotations.NullMarked;
