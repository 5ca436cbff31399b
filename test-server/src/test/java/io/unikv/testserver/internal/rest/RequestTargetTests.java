package io.unikv.testserver.internal.rest;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link RequestTarget}.
 *
 * @author unikv authors
 */
class RequestTargetTests {

    @Test
    void splitsPathIntoDecodedSegments() {
        RequestTarget target = RequestTarget.parse("/set/a%20b/c+d/%E2%9C%93/");
        assertThat(target.segments()).extracting(RequestTargetTests::text)
            .containsExactly("set", "a b", "c+d", "✓", "");
        assertThat(RequestTarget.parse("/").segments()).isEmpty();
        assertThat(RequestTarget.parse("").segments()).isEmpty();
        assertThat(RequestTarget.parse("/get/%FF").segments().get(1)).containsExactly((byte) 0xFF);
    }

    @Test
    void readsQueryParametersAsFormEncoded() {
        RequestTarget target = RequestTarget.parse("/set/k?EX=10&a+b=c%26d&NX&&_token=t%2B1");
        assertThat(target.query()).extracting((p) -> text(p.name())).containsExactly("EX", "a b", "NX", "_token");
        assertThat(target.query().get(1).value()).isEqualTo("c&d".getBytes(StandardCharsets.UTF_8));
        assertThat(target.query().get(2).value()).isNull();
        assertThat(target.token()).isEqualTo("t+1");
        assertThat(RequestTarget.parse("/get/k").token()).isNull();
    }

    @Test
    void recognisesRoutesAndAbsoluteForm() {
        assertThat(RequestTarget.parse("/pipeline").isRoute("pipeline")).isTrue();
        assertThat(RequestTarget.parse("/pipeline/?_token=t").isRoute("pipeline")).isTrue();
        assertThat(RequestTarget.parse("/pipeline/x").isRoute("pipeline")).isFalse();
        RequestTarget absolute = RequestTarget.parse("http://host:8080/get/k?x=1");
        assertThat(absolute.path()).isEqualTo("/get/k");
        assertThat(absolute.segments()).hasSize(2);
    }

    @Test
    void refusesBrokenPercentEncoding() {
        for (String uri : new String[] { "/get/%", "/get/%4", "/get/%zz", "/get/k?a=%G1" }) {
            assertThatExceptionOfType(RestException.class).isThrownBy(() -> RequestTarget.parse(uri))
                .withMessage("ERR invalid percent-encoding in the request URL");
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

}
