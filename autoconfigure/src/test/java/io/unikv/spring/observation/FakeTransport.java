package io.unikv.spring.observation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import io.unikv.transport.Transport;

/**
 * An in-memory {@link Transport} for unit tests: answers each command with the reply a
 * function gives ({@code OK} by default), or with the future the test hands it.
 *
 * @author unikv authors
 */
final class FakeTransport implements Transport {

    private final String description;

    private Function<Request, CompletableFuture<Response>> answer = (request) -> {
        List<Reply> replies = new ArrayList<>();
        for (Command command : request.commands()) {
            replies
                .add(command.name().equals("LPUSH") ? new Reply.Error("WRONGTYPE Operation against a key") : Reply.OK);
        }
        return CompletableFuture.completedFuture(new Response(replies, null));
    };

    FakeTransport(String description) {
        this.description = description;
    }

    FakeTransport answering(Function<Request, CompletableFuture<Response>> answer) {
        this.answer = answer;
        return this;
    }

    @Override
    public CompletableFuture<Response> send(Request request) {
        return this.answer.apply(request);
    }

    @Override
    public String description() {
        return this.description;
    }

    @Override
    public void close() {
    }

}
