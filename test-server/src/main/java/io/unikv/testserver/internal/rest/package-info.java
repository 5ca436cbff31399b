/**
 * The Upstash REST front end over Netty HTTP.
 */
@NullMarked
package io.unikv.testserver.internal.rest;

import org.jspecify.annotations.NullMarked;
