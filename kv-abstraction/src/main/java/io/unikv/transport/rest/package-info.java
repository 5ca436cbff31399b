/**
 * The Upstash REST transport: commands as JSON over {@link java.net.http.HttpClient},
 * with base64 replies, pipelines, transactions, auto-pipelining, sync tokens and safe
 * retries.
 */
@NullMarked
package io.unikv.transport.rest;

import org.jspecify.annotations.NullMarked;
