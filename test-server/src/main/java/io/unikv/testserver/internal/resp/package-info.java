/**
 * The RESP2/RESP3 front end over Netty.
 */
@NullMarked
package io.unikv.testserver.internal.resp;

import org.jspecify.annotations.NullMarked;
