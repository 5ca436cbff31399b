/**
 * Test support for driving unikv with official Node.js clients installed from npm.
 */
@NullMarked
package io.unikv.test.node;

import org.jspecify.annotations.NullMarked;
