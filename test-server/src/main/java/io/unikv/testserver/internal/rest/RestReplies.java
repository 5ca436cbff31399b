package io.unikv.testserver.internal.rest;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.resp.RespEncoder;

/**
 * Turns an engine outcome into a response. One command: 200 with its result, or 400 with
 * its error. Pipeline: always 200, one item per command. Transaction: 200 like a
 * pipeline, or 400 with a single error when it was discarded. With {@code resp2} the raw
 * RESP2 bytes go out instead (pipelines concatenated). Stateless.
 *
 * @author unikv authors
 */
final class RestReplies {

    private RestReplies() {
    }

    static RestResponse render(RestCall call, RestOutcome outcome) {
        long token = outcome.writeOffset();
        if (outcome.dropped()) {
            return RestResponse.dropped(token);
        }
        RestResponse response = (call.resp2()) ? resp2(call, outcome.replies(), token) : json(call, outcome, token);
        return outcome.close() ? response.closing() : response;
    }

    private static RestResponse json(RestCall call, RestOutcome outcome, long token) {
        if (outcome.abort() != null) {
            return RestResponse.error(HttpResponseStatus.BAD_REQUEST, outcome.abort(), token);
        }
        if (call.mode() != RestCall.Mode.SINGLE) {
            return RestResponse.json(HttpResponseStatus.OK,
                    JsonReplyWriter.envelopes(outcome.replies(), call.encoding()), token);
        }
        Reply reply = outcome.replies().get(0);
        return RestResponse.json(status(reply), JsonReplyWriter.envelope(reply, call.encoding()), token);
    }

    private static RestResponse resp2(RestCall call, List<Reply> replies, long token) {
        ByteBuf out = Unpooled.buffer();
        try {
            for (Reply reply : replies) {
                RespEncoder.write(reply, 2, out);
            }
            HttpResponseStatus status = (call.mode() == RestCall.Mode.SINGLE) ? status(replies.get(0))
                    : HttpResponseStatus.OK;
            return new RestResponse(status, RestResponse.RESP2, ByteBufUtil.getBytes(out), token, false, false);
        }
        finally {
            out.release();
        }
    }

    private static HttpResponseStatus status(Reply reply) {
        return (reply instanceof Reply.Err) ? HttpResponseStatus.BAD_REQUEST : HttpResponseStatus.OK;
    }

}
