package io.unikv.testserver.internal.commands;

import java.util.Arrays;
import java.util.List;

import io.unikv.testserver.internal.engine.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RedisJSON commands against the replies RedisJSON 2.x documents (redis.io's JSON
 * command pages and the module's own test suite), since Debian's Redis has no JSON module
 * to compare with: legacy paths ({@code .a}) answer about their first match and fail when
 * nothing matches; JSONPath ({@code $.a}) answers once per match with {@code nil} for
 * matches of the wrong type; RESP3 changes only the numeric, TYPE and FORMAT replies.
 *
 * @author unikv authors
 */
class RedisJsonCommandsTests {

    private static final String DOC = "{\"a\":1,\"b\":[1,2,3],\"c\":{\"d\":\"x\",\"e\":1.5},\"f\":true,\"g\":null}";

    private final EngineCalls redis = new EngineCalls();

    @AfterEach
    void close() {
        this.redis.close();
    }

    private Object call(String... words) {
        return this.redis.call(words);
    }

    /** Render a reply with its RESP3 types, since replies hold byte arrays. */
    private static String render(Reply reply) {
        if (reply instanceof Reply.Bulk bulk) {
            return "\"" + new String(bulk.bytes(), java.nio.charset.StandardCharsets.UTF_8) + "\"";
        }
        if (reply instanceof Reply.Array array) {
            return "[" + String.join(", ", array.items().stream().map(RedisJsonCommandsTests::render).toList()) + "]";
        }
        if (reply instanceof Reply.MapReply map) {
            return "%{" + String.join(", ", map.items().stream().map(RedisJsonCommandsTests::render).toList()) + "}";
        }
        if (reply instanceof Reply.Int value) {
            return ":" + value.value();
        }
        if (reply instanceof Reply.Dbl value) {
            return "," + value.value();
        }
        if (reply instanceof Reply.Bool value) {
            return "#" + value.value();
        }
        if (reply instanceof Reply.Simple simple) {
            return "+" + simple.text();
        }
        return (reply instanceof Reply.Null) ? "_" : reply.toString();
    }

    private String raw(String... words) {
        return render(this.redis.raw(words));
    }

    private static List<Object> list(Object... items) {
        return Arrays.asList(items);
    }

    @Test
    void setAndGetTheWholeDocumentCompactly() {
        assertThat(call("JSON.SET", "doc", "$", "{ \"a\" : 1, \"b\" : [ 1, 2 ] }")).isEqualTo("OK");
        assertThat(call("JSON.GET", "doc")).isEqualTo("{\"a\":1,\"b\":[1,2]}");
        assertThat(call("JSON.GET", "doc", ".")).isEqualTo("{\"a\":1,\"b\":[1,2]}");
        assertThat(call("JSON.GET", "doc", "$")).isEqualTo("[{\"a\":1,\"b\":[1,2]}]");
        assertThat(call("TYPE", "doc")).isEqualTo("ReJSON-RL");
        assertThat(call("OBJECT", "ENCODING", "doc")).isEqualTo("raw");
    }

    @Test
    void numbersKeepIntegerAndFloatApart() {
        call("JSON.SET", "n", "$", "{\"i\":1,\"f\":1.0,\"e\":1e2,\"big\":18446744073709551615,\"s\":1.5e-7}");
        assertThat(call("JSON.GET", "n"))
            .isEqualTo("{\"i\":1,\"f\":1.0,\"e\":100.0,\"big\":18446744073709551615," + "\"s\":1.5e-7}");
        assertThat(call("JSON.TYPE", "n", "$.*")).isEqualTo(list("integer", "number", "number", "integer", "number"));
    }

    @Test
    void setOnAMissingKeyNeedsTheRoot() {
        assertThat(call("JSON.SET", "doc", "$.a", "1")).isEqualTo("-ERR new objects must be created at the root");
        assertThat(call("JSON.SET", "doc", ".a", "1")).isEqualTo("-ERR new objects must be created at the root");
        assertThat(call("JSON.SET", "doc", "$", "1", "XX")).isNull();
        assertThat(call("JSON.SET", "doc", ".", "1", "NX")).isEqualTo("OK");
        assertThat(call("JSON.SET", "doc", "$", "2", "NX")).isNull();
        assertThat(call("JSON.GET", "doc")).isEqualTo("1");
    }

    @Test
    void setCreatesAMemberOnlyInAnExistingObject() {
        call("JSON.SET", "doc", "$", DOC);
        assertThat(call("JSON.SET", "doc", "$.new", "\"v\"")).isEqualTo("OK");
        assertThat(call("JSON.SET", "doc", "$.c.new", "[1]")).isEqualTo("OK");
        assertThat(call("JSON.SET", "doc", "new2", "2")).isEqualTo("OK");
        assertThat(call("JSON.SET", "doc", "$.x.y", "1")).isNull();
        assertThat(call("JSON.SET", "doc", "$.b[5]", "1")).isEqualTo("-ERR array index out of range");
        assertThat(call("JSON.SET", "doc", "$..nothing", "1")).isEqualTo("-Err wrong static path");
        assertThat(call("JSON.GET", "doc", "$.new", "$.c.new", "$.new2"))
            .isEqualTo("{\"$.new\":[\"v\"],\"$.c.new\":[[1]],\"$.new2\":[2]}");
        assertThat(call("JSON.GET", "doc", "new2")).isEqualTo("2");
    }

    @Test
    void setReplacesEveryMatchAndHonoursNxAndXx() {
        call("JSON.SET", "doc", "$", "{\"a\":{\"x\":1},\"b\":{\"x\":2},\"arr\":[1,2]}");
        assertThat(call("JSON.SET", "doc", "$..x", "0")).isEqualTo("OK");
        assertThat(call("JSON.SET", "doc", "$.arr[1]", "9", "NX")).isNull();
        assertThat(call("JSON.SET", "doc", "$.arr[1]", "7", "XX")).isEqualTo("OK");
        assertThat(call("JSON.SET", "doc", "$.missing", "7", "XX")).isNull();
        assertThat(call("JSON.GET", "doc")).isEqualTo("{\"a\":{\"x\":0},\"b\":{\"x\":0},\"arr\":[1,7]}");
    }

    @Test
    void setRejectsBadInputAndChangesNothing() {
        call("JSON.SET", "doc", "$", "{\"a\":1}");
        assertThat(call("JSON.SET", "doc", "$", "nope")).isEqualTo("-expected value at line 1 column 1");
        // like RedisJSON (serde_json without end()), text after the first value is
        // ignored
        assertThat(call("JSON.SET", "doc", "$", "{\"a\":1} x")).isEqualTo("OK");
        assertThat(call("JSON.SET", "doc", "$", "}")).isEqualTo("-expected value at line 1 column 1");
        assertThat(call("JSON.SET", "doc", "$", "1", "NX", "XX")).isEqualTo("-ERR syntax error");
        assertThat(call("JSON.SET", "doc", "$", "1", "BOGUS")).isEqualTo("-ERR syntax error");
        assertThat(call("JSON.SET", "doc", "$")).isEqualTo("-ERR wrong number of arguments for 'json.set' command");
        assertThat(call("JSON.GET", "doc")).isEqualTo("{\"a\":1}");
        call("SET", "str", "v");
        assertThat(call("JSON.SET", "str", "$", "1"))
            .isEqualTo("-WRONGTYPE Operation against a key holding the wrong kind of value");
        assertThat(call("JSON.GET", "str"))
            .isEqualTo("-WRONGTYPE Operation against a key holding the wrong kind of value");
    }

    @Test
    void getWithLegacyAndJsonPaths() {
        call("JSON.SET", "doc", "$", DOC);
        assertThat(call("JSON.GET", "doc", ".c.d")).isEqualTo("\"x\"");
        assertThat(call("JSON.GET", "doc", "c")).isEqualTo("{\"d\":\"x\",\"e\":1.5}");
        assertThat(call("JSON.GET", "doc", "$..d")).isEqualTo("[\"x\"]");
        assertThat(call("JSON.GET", "doc", "$.nothing")).isEqualTo("[]");
        assertThat(call("JSON.GET", "doc", ".nothing")).isEqualTo("-ERR Path '$.nothing' does not exist");
        assertThat(call("JSON.GET", "doc", ".a", ".c.e")).isEqualTo("{\".a\":1,\".c.e\":1.5}");
        assertThat(call("JSON.GET", "doc", ".a", "$.b")).isEqualTo("{\".a\":[1],\"$.b\":[[1,2,3]]}");
        assertThat(call("JSON.GET", "doc", ".a", ".zz")).isEqualTo("-ERR Path '.zz' does not exist");
        assertThat(call("JSON.GET", "doc", "$.b[-1]", "$.b[0:2]")).isEqualTo("{\"$.b[-1]\":[3],\"$.b[0:2]\":[1,2]}");
        assertThat(call("JSON.GET", "missing", "$")).isNull();
    }

    @Test
    void invalidPathsAreRefusedInRedisJsonsForm() {
        call("JSON.SET", "doc", "$", "{\"arr\":[1]}");
        assertThat((String) call("JSON.GET", "doc", "$.arr[-inf]"))
            .startsWith("-Error occurred on position 11, \"$.arr[-inf] <<<<----\", ");
        assertThat((String) call("JSON.ARRLEN", "doc", ".arr[-inf]")).startsWith("-Error occurred on position");
        assertThat(call("JSON.GET", "doc")).isEqualTo("{\"arr\":[1]}");
    }

    @Test
    void bracketNotationWithDotsAndQuotesInNames() {
        call("JSON.SET", "x", ".", "{}");
        assertThat(call("JSON.SET", "x", ".[\"f1\"]", "{}")).isEqualTo("OK");
        assertThat(call("JSON.SET", "x", ".[\"f1\"].f2", "[0,0,0]")).isEqualTo("OK");
        assertThat(call("JSON.SET", "x", ".[\"f1\"].f2[1]", "{}")).isEqualTo("OK");
        assertThat(call("JSON.SET", "x", ".[\"f1\"].f2[1][\"f.]$.f\"]", "{}")).isEqualTo("OK");
        assertThat(call("JSON.SET", "x", ".[\"f1\"][\"f2\"][1][\"f.]$.f\"]", "1")).isEqualTo("OK");
        assertThat(call("JSON.SET", "x", ".[\"f3\"].f2", "1")).isNull();
        assertThat(call("JSON.GET", "x")).isEqualTo("{\"f1\":{\"f2\":[0,{\"f.]$.f\":1},0]}}");
        call("JSON.SET", "y", ".", "[1,2,3]");
        assertThat(call("JSON.GET", "y", ".[1]")).isEqualTo("2");
        assertThat(call("JSON.GET", "y", "[1]")).isEqualTo("2");
        assertThat(call("JSON.GET", "y", "$.[1]")).isEqualTo("[2]");
        assertThat(call("JSON.GET", "y", "$[1]")).isEqualTo("[2]");
    }

    @Test
    void dollarInMemberNamesStaysLegacy() {
        assertThat(call("JSON.SET", "x", "$", "{\"$\":\"$\"}")).isEqualTo("OK");
        assertThat(call("JSON.SET", "x", "a", "\"a\"")).isEqualTo("OK");
        assertThat(call("JSON.SET", "x", "$a", "\"$a\"")).isEqualTo("OK");
        assertThat(call("JSON.SET", "x", "$[\"$a[\"]", "\"$a[\"")).isEqualTo("OK");
        assertThat(call("JSON.GET", "x", "$")).isEqualTo("[{\"$\":\"$\",\"a\":\"a\",\"$a\":\"$a\",\"$a[\":\"$a[\"}]");
        assertThat(call("JSON.GET", "x", "$[\"$\"]")).isEqualTo("[\"$\"]");
        assertThat(call("JSON.GET", "x", "$a")).isEqualTo("\"$a\"");
    }

    @Test
    void formattingMatrixAsRedisJsonsSuite() {
        call("JSON.SET", "obj", "$", "{\"obj\":{\"f\":\"v\"}}");
        call("JSON.SET", "arr", "$", "{\"arr\":[0,1]}");
        for (String space : new String[] { "", " ", "\t" }) {
            for (String indent : new String[] { "", " ", "\t" }) {
                for (String newline : new String[] { "", "\n", "\r\n" }) {
                    String obj = "{" + newline + indent + "\"obj\":" + space + "{" + newline + indent + indent
                            + "\"f\":" + space + "\"v\"" + newline + indent + "}" + newline + "}";
                    String arr = "{" + newline + indent + "\"arr\":" + space + "[" + newline + indent + indent + "0,"
                            + newline + indent + indent + "1" + newline + indent + "]" + newline + "}";
                    assertThat(call("JSON.GET", "obj", "INDENT", indent, "NEWLINE", newline, "SPACE", space))
                        .isEqualTo(obj);
                    assertThat(call("JSON.GET", "arr", "INDENT", indent, "NEWLINE", newline, "SPACE", space))
                        .isEqualTo(arr);
                }
            }
        }
    }

    @Test
    void mgetTurnsPathErrorsIntoNil() {
        call("JSON.SET", "{doc}:0", ".", "{\"bool\":true}");
        call("JSON.SET", "{doc}:test", ".", "{\"bull\":4.2}");
        assertThat(call("JSON.MGET", "{doc}:0", "{doc}:test", "{doc}:none", ".bool"))
            .isEqualTo(list("true", null, null));
        assertThat(call("JSON.MGET", "{doc}:0", "42isnotapath")).isEqualTo(list((Object) null));
    }

    @Test
    void lengthErrorsAsRedisJsonsSuite() {
        call("JSON.SET", "test", ".", "{\"string\":\"hello world!\",\"dict\":{\"a\":1,\"b\":2,\"c\":3},"
                + "\"arr\":[1,2,3,4,5,6],\"bool\":true,\"none\":null,\"int\":42,\"num\":4.2}");
        assertThat(call("JSON.ARRLEN", "foo", ".bar")).isNull();
        assertThat(call("JSON.STRLEN", "test", ".string")).isEqualTo(12L);
        assertThat(call("JSON.OBJLEN", "test", ".dict")).isEqualTo(3L);
        assertThat(call("JSON.ARRLEN", "test", ".arr")).isEqualTo(6L);
        assertThat(call("JSON.ARRLEN", "test", ".bool")).isEqualTo("-ERR Path '.bool' does not exist or not an array");
        assertThat(call("JSON.STRLEN", "test", ".none"))
            .isEqualTo("-WRONGTYPE wrong type of path value - expected string but found null");
        assertThat(call("JSON.ARRLEN", "test", ".arr[999]")).isEqualTo("-ERR Path '.arr[999]' does not exist");
        assertThat(call("JSON.ARRLEN", "test", ".arr[4294967295]"))
            .isEqualTo("-ERR Path '.arr[4294967295]' does not exist");
        assertThat(call("JSON.OBJKEYS", "test", ".none"))
            .isEqualTo("-ERR Path '$.none' does not exist or not an object");
    }

    @Test
    void arrpopWalksTheArrayAsRedisJsonsSuite() {
        call("JSON.SET", "test", ".", "[1,2,3,4,5,6,7,8,9]");
        assertThat(call("JSON.ARRPOP", "test")).isEqualTo("9");
        assertThat(call("JSON.ARRPOP", "test", ".")).isEqualTo("8");
        assertThat(call("JSON.ARRPOP", "test", ".", "-1")).isEqualTo("7");
        assertThat(call("JSON.ARRPOP", "test", ".", "-2")).isEqualTo("5");
        assertThat(call("JSON.ARRPOP", "test", ".", "0")).isEqualTo("1");
        assertThat(call("JSON.ARRPOP", "test", ".", "2")).isEqualTo("4");
        assertThat(call("JSON.ARRPOP", "test", ".", "99")).isEqualTo("6");
        assertThat(call("JSON.ARRPOP", "test", ".", "-99")).isEqualTo("2");
        assertThat(call("JSON.ARRPOP", "test")).isEqualTo("3");
        assertThat(call("JSON.ARRPOP", "test")).isNull();
        assertThat(call("JSON.ARRPOP", "test", ".", "2")).isNull();
    }

    @Test
    void filtersOverMixedArraysAndRegexStrings() {
        call("JSON.SET", "doc", "$", "{\"arr\":[\"kaboom\",\"kafoosh\",\"bar\",7.0,\"foolish\",-9,{\"in\":1},"
                + "\"ffool\",false,null,[\"x\"]],\"pat\":\"(?i)^[f][o][o]$\"}");
        assertThat(call("JSON.GET", "doc", "$.arr[?(@ == \"bar\")]")).isEqualTo("[\"bar\"]");
        assertThat(call("JSON.GET", "doc", "$.arr[?(@ > 5)]")).isEqualTo("[7.0]");
        assertThat(call("JSON.GET", "doc", "$.arr[?(@.in == 1)]")).isEqualTo("[{\"in\":1}]");
        assertThat(call("JSON.GET", "doc", "$.arr[?(@ == [\"x\"])]")).isEqualTo("[[\"x\"]]");
        // RedisJSON's regular expressions are strings, found anywhere in the value
        assertThat(call("JSON.GET", "doc", "$.arr[?(@ =~ \".*foo\")]"))
            .isEqualTo("[\"kafoosh\",\"foolish\",\"ffool\"]");
        assertThat(call("JSON.GET", "doc", "$.arr[?(@ == $.pat)]")).isEqualTo("[]");
    }

    @Test
    void getFiltersAndWildcards() {
        call("JSON.SET", "doc", "$", "{\"items\":[{\"n\":\"a\",\"p\":5},{\"n\":\"b\",\"p\":15}]}");
        assertThat(call("JSON.GET", "doc", "$.items[?(@.p>10)].n")).isEqualTo("[\"b\"]");
        assertThat(call("JSON.GET", "doc", "$.items[*].p")).isEqualTo("[5,15]");
    }

    @Test
    void getFormatsWithIndentNewlineAndSpace() {
        call("JSON.SET", "doc", "$", "{\"a\":[1,{}],\"b\":{}}");
        assertThat(call("JSON.GET", "doc", "INDENT", "\t", "NEWLINE", "\n", "SPACE", " ", "."))
            .isEqualTo("{\n\t\"a\": [\n\t\t1,\n\t\t{}\n\t],\n\t\"b\": {}\n}");
        assertThat(call("JSON.GET", "doc", "SPACE", " ")).isEqualTo("{\"a\": [1,{}],\"b\": {}}");
        assertThat(call("JSON.GET", "doc", "NOESCAPE", "$.b")).isEqualTo("[{}]");
    }

    @Test
    void getFormatOnlyOnResp3() {
        call("JSON.SET", "doc", "$", "{\"a\":[1,2.5,\"x\",{\"b\":true}],\"n\":null}");
        assertThat(call("JSON.GET", "doc", "FORMAT", "EXPAND", "$"))
            .isEqualTo("-ERR FORMAT argument is not supported on RESP2");
        this.redis.protocol(3);
        assertThat(call("JSON.GET", "doc", "FORMAT", "JSON", "$")).isEqualTo("-ERR wrong reply format");
        assertThat(call("JSON.GET", "doc", "FORMAT", "STRINGS", "$")).isEqualTo("-ERR wrong reply format");
        assertThat(call("JSON.GET", "doc", "FORMAT", "STRING", "$"))
            .isEqualTo("[{\"a\":[1,2.5,\"x\",{\"b\":true}]," + "\"n\":null}]");
        assertThat(raw("JSON.GET", "doc", "FORMAT", "EXPAND", "$.a"))
            .isEqualTo("[[[:1, ,2.5, \"x\", %{\"b\", #true}]]]");
        assertThat(call("JSON.GET", "doc", "FORMAT", "EXPAND1", "$.a", "$.n"))
            .isEqualTo(list(list("[1,2.5,\"x\",{\"b\":true}]"), list((Object) null)));
        // the default stays the legacy root on RESP3, as RedisJSON 2.x's own tests show
        assertThat(call("JSON.GET", "doc")).isEqualTo("{\"a\":[1,2.5,\"x\",{\"b\":true}],\"n\":null}");
    }

    @Test
    void mgetAnswersNilForMissingKeysOtherTypesAndMissingLegacyPaths() {
        call("JSON.SET", "k1", "$", "{\"a\":1,\"b\":{\"f\":\"g\"}}");
        call("JSON.SET", "k2", "$", "{\"a\":5,\"b\":[true,3,null]}");
        call("SET", "str", "v");
        assertThat(call("JSON.MGET", "k1", "k2", "k3", "str", "$.b"))
            .isEqualTo(list("[{\"f\":\"g\"}]", "[[true,3,null]]", null, null));
        assertThat(call("JSON.MGET", "k1", "k2", "$.not")).isEqualTo(list("[]", "[]"));
        assertThat(call("JSON.MGET", "k1", "k2", ".b.f")).isEqualTo(list("\"g\"", null));
        assertThat(call("JSON.MGET", "k1")).isEqualTo("-ERR wrong number of arguments for 'json.mget' command");
    }

    @Test
    void msetValidatesEveryTripletBeforeWriting() {
        assertThat(call("JSON.MSET", "a", "$", "{\"x\":1}", "b", "$", "[1]")).isEqualTo("OK");
        assertThat(call("JSON.MSET", "a", "$.y", "2", "c", "$.z", "1"))
            .isEqualTo("-ERR new objects must be created at the root");
        assertThat(call("JSON.MSET", "a", "$.y", "2", "b", "$", "bad")).isEqualTo("-expected value at line 1 column 1");
        assertThat(call("JSON.MSET", "a", "$.y", "2", "b"))
            .isEqualTo("-ERR wrong number of arguments for 'json.mset' " + "command");
        assertThat(call("JSON.MSET", "a", "$.y", "2", "b", "$[9]", "3")).isEqualTo("-ERR array index out of range");
        assertThat(call("JSON.MSET", "a", "$.y", "2", "b", "$..z", "3")).isEqualTo("-Err wrong static path");
        assertThat(call("JSON.GET", "a")).isEqualTo("{\"x\":1}");
        assertThat(call("JSON.MSET", "a", "$.y", "2", "b", "$[0]", "3")).isEqualTo("OK");
        assertThat(call("JSON.MGET", "a", "b", "$")).isEqualTo(list("[{\"x\":1,\"y\":2}]", "[[3]]"));
    }

    @Test
    void msetSkipsLocationsAnEarlierTripletRemoved() {
        call("JSON.SET", "a{s}", "$", "{\"x\": {\"y\":[10,20], \"z\":[30,40]}}");
        call("JSON.SET", "b{s}", "$", "{\"x\": 60}");
        assertThat(call("JSON.MSET", "a{s}", "$.x", "{}", "a{s}", "$.x.z[1]", "50", "b{s}", "$.x", "70"))
            .isEqualTo("OK");
        assertThat(call("JSON.GET", "a{s}", "$")).isEqualTo("[{\"x\":{}}]");
        assertThat(call("JSON.GET", "b{s}", "$")).isEqualTo("[{\"x\":70}]");
        call("JSON.SET", "a{s}", "$", "{\"x\": {\"y\":[10,20], \"z\":[30,40]}}");
        assertThat(call("JSON.MSET", "a{s}", "$.x", "{}", "a{s}", "$.x.z[1]", "50", "a{s}", "$.u", "70"))
            .isEqualTo("OK");
        assertThat(call("JSON.GET", "a{s}", "$")).isEqualTo("[{\"x\":{},\"u\":70}]");
        assertThat(call("JSON.MSET", "a{s}", "$..bb", "1", "b{s}", "$", "2")).isEqualTo("-Err wrong static path");
        assertThat(call("JSON.GET", "b{s}", "$")).isEqualTo("[{\"x\":70}]");
    }

    @Test
    void setNxOnAnExistingArrayElement() {
        call("JSON.SET", "test", ".", "[0]");
        assertThat(call("JSON.SET", "test", ".[0]", "[0]", "NX")).isNull();
        assertThat(call("JSON.SET", "test", ".[1]", "[0]", "NX")).isEqualTo("-ERR array index out of range");
        assertThat(call("JSON.GET", "test", ".")).isEqualTo("[0]");
    }

    @Test
    void mergeAsRedisJsonsSuite() {
        call("JSON.SET", "m", "$", "{\"a\":{\"b\":{\"c\":\"d\"}}}");
        assertThat(call("JSON.MERGE", "m", "$", "{\"a\":{\"b\":{\"e\":\"f\"}}}")).isEqualTo("OK");
        assertThat(call("JSON.MERGE", "m", "$.a.b", "{\"h\":\"i\"}")).isEqualTo("OK");
        assertThat(call("JSON.GET", "m")).isEqualTo("{\"a\":{\"b\":{\"c\":\"d\",\"e\":\"f\",\"h\":\"i\"}}}");
        assertThat(call("JSON.MERGE", "m", "$.a.b", "{\"c\":null}")).isEqualTo("OK");
        assertThat(call("JSON.GET", "m")).isEqualTo("{\"a\":{\"b\":{\"h\":\"i\",\"e\":\"f\"}}}");
        call("JSON.SET", "d", "$", "{\"a1\":{\"b\":{\"b\":1}}}");
        assertThat(call("JSON.MERGE", "d", "$..b", "{\"f\":3}")).isEqualTo("OK");
        assertThat(call("JSON.GET", "d")).isEqualTo("{\"a1\":{\"b\":{\"b\":{\"f\":3},\"f\":3}}}");
        call("JSON.SET", "d", "$", "{\"a1\":{\"b\":{\"f\":{\"b\":1}}}}");
        assertThat(call("JSON.MERGE", "d", "$..b", "{\"f\":3}")).isEqualTo("OK");
        assertThat(call("JSON.GET", "d")).isEqualTo("{\"a1\":{\"b\":{\"f\":3}}}");
        call("JSON.SET", "ar", "$", "{\"a\":{\"b\":{\"c\":\"d\"}}}");
        assertThat(call("JSON.MERGE", "ar", "$.a.b.c", "[\"f\"]")).isEqualTo("OK");
        assertThat(call("JSON.GET", "ar")).isEqualTo("{\"a\":{\"b\":{\"c\":[\"f\"]}}}");
    }

    @Test
    void mergeAppliesAMergePatch() {
        call("JSON.SET", "doc", "$", "{\"a\":2,\"b\":{\"c\":1},\"d\":[1]}");
        assertThat(call("JSON.MERGE", "doc", "$", "{\"a\":null,\"b\":{\"e\":2},\"d\":[2]}")).isEqualTo("OK");
        // removing a member moves the last one into its place, as RedisJSON's objects do
        assertThat(call("JSON.GET", "doc")).isEqualTo("{\"d\":[2],\"b\":{\"c\":1,\"e\":2}}");
        assertThat(call("JSON.MERGE", "doc", "$.b.c", "5")).isEqualTo("OK");
        assertThat(call("JSON.MERGE", "doc", "$.f", "{\"g\":1}")).isEqualTo("OK");
        assertThat(call("JSON.GET", "doc")).isEqualTo("{\"d\":[2],\"b\":{\"c\":5,\"e\":2},\"f\":{\"g\":1}}");
        assertThat(call("JSON.MERGE", "nokey", "$.a", "1")).isEqualTo("-ERR new objects must be created at the root");
        assertThat(call("JSON.MERGE", "nokey", "$", "{\"a\":1}")).isEqualTo("OK");
    }

    @Test
    void delRemovesMatchesOutermostFirstAndTheKeyAtTheRoot() {
        call("JSON.SET", "doc", "$", "{\"a\":{\"b\":{\"b\":1}},\"arr\":[0,1,2,3],\"x\":{\"b\":2}}");
        assertThat(call("JSON.DEL", "doc", "$..b")).isEqualTo(2L);
        assertThat(call("JSON.DEL", "doc", "$.arr[1,3]")).isEqualTo(2L);
        assertThat(call("JSON.FORGET", "doc", ".nothing")).isEqualTo(0L);
        assertThat(call("JSON.GET", "doc")).isEqualTo("{\"a\":{},\"arr\":[0,2],\"x\":{}}");
        assertThat(call("JSON.DEL", "doc")).isEqualTo(1L);
        assertThat(call("EXISTS", "doc")).isEqualTo(0L);
        assertThat(call("JSON.DEL", "doc", "$")).isEqualTo(0L);
    }

    @Test
    void typeInRespTwoAndThree() {
        call("JSON.SET", "doc", "$", DOC);
        assertThat(call("JSON.TYPE", "doc")).isEqualTo("object");
        assertThat(call("JSON.TYPE", "doc", ".c.e")).isEqualTo("number");
        assertThat(call("JSON.TYPE", "doc", ".zz")).isNull();
        assertThat(call("JSON.TYPE", "doc", "$..e")).isEqualTo(list("number"));
        assertThat(call("JSON.TYPE", "doc", "$.zz")).isEqualTo(list());
        assertThat(call("JSON.TYPE", "missing", "$")).isNull();
        this.redis.protocol(3);
        assertThat(call("JSON.TYPE", "doc", "$.b[*]")).isEqualTo(list(list("integer", "integer", "integer")));
        assertThat(call("JSON.TYPE", "doc")).isEqualTo(list("object"));
        assertThat(call("JSON.TYPE", "missing", "$")).isEqualTo(list((Object) null));
    }

    @Test
    void numincrbyKeepsIntegersAndRepliesPerProtocol() {
        call("JSON.SET", "doc", "$", "{\"a\":1,\"b\":{\"a\":2.5},\"c\":\"x\"}");
        assertThat(call("JSON.NUMINCRBY", "doc", "$.a", "2")).isEqualTo("[3]");
        assertThat(call("JSON.NUMINCRBY", "doc", "$..a", "0.5")).isEqualTo("[3.5,3.0]");
        assertThat(call("JSON.NUMINCRBY", "doc", ".a", "1")).isEqualTo("4.5");
        assertThat(call("JSON.NUMMULTBY", "doc", "$.*", "2")).isEqualTo("[9.0,null,null]");
        assertThat(call("JSON.NUMINCRBY", "doc", ".c", "1"))
            .isEqualTo("-ERR Path '$.c' does not exist or does not contains a number");
        assertThat(call("JSON.NUMINCRBY", "doc", "$.a", "x")).isEqualTo("-expected value at line 1 column 1");
        assertThat(call("JSON.NUMINCRBY", "doc", "$.a", "\"1\"")).isEqualTo("-bad input number");
        assertThat(call("JSON.NUMINCRBY", "doc", "$.a", "1 2")).isEqualTo("-trailing characters at line 1 column 3");
        assertThat(call("JSON.NUMINCRBY", "missing", "$.a", "1"))
            .isEqualTo("-ERR could not perform this operation on a key that doesn't exist");
        assertThat(call("JSON.NUMMULTBY", "doc", "$.a", "1e308")).isEqualTo("-result is not a number");
        this.redis.protocol(3);
        call("JSON.SET", "n", "$", "{\"a1\":{\"c\":1},\"a2\":{\"c\":2.2},\"a3\":{\"c\":\"val\"}}");
        assertThat(raw("JSON.NUMINCRBY", "n", "$..c", "2")).isEqualTo("[:3, ,4.2, _]");
        assertThat(raw("JSON.NUMINCRBY", "n", ".a1.c", "1")).isEqualTo("[:4]");
    }

    @Test
    void integerArithmeticWrapsLikeRedisJson() {
        call("JSON.SET", "n", "$", "9223372036854775807");
        assertThat(call("JSON.NUMINCRBY", "n", "$", "1")).isEqualTo("[-9223372036854775808]");
    }

    @Test
    void stringCommands() {
        call("JSON.SET", "doc", "$", "{\"a\":\"foo\",\"nested\":{\"a\":\"héllo\"},\"n\":1}");
        assertThat(call("JSON.STRAPPEND", "doc", "$..a", "\"baz\"")).isEqualTo(list(6L, 9L));
        assertThat(call("JSON.STRAPPEND", "doc", ".a", "\"!\"")).isEqualTo(7L);
        assertThat(call("JSON.STRAPPEND", "doc", "$.n", "\"!\"")).isEqualTo(list((Object) null));
        assertThat(call("JSON.STRAPPEND", "doc", ".n", "\"!\""))
            .isEqualTo("-ERR Path '$.n' does not exist or not a string");
        assertThat(call("JSON.STRAPPEND", "doc", ".a", "1"))
            .isEqualTo("-WRONGTYPE wrong type of path value - expected string but found 1");
        assertThat(call("JSON.STRLEN", "doc", "$..a")).isEqualTo(list(7L, 9L));
        assertThat(call("JSON.STRLEN", "doc", ".n"))
            .isEqualTo("-WRONGTYPE wrong type of path value - expected string but found integer");
        assertThat(call("JSON.STRLEN", "missing")).isNull();
        assertThat(call("JSON.STRLEN", "missing", "$"))
            .isEqualTo("-ERR could not perform this operation on a key that doesn't exist");
        call("JSON.SET", "s", "$", "\"ab\"");
        assertThat(call("JSON.STRAPPEND", "s", "\"c\"")).isEqualTo(3L);
        assertThat(call("JSON.STRLEN", "s")).isEqualTo(3L);
    }

    @Test
    void toggleFlipsBooleans() {
        call("JSON.SET", "doc", "$", "{\"bool\":true,\"nested\":{\"bool\":false},\"n\":1}");
        assertThat(call("JSON.TOGGLE", "doc", "$..bool")).isEqualTo(list(0L, 1L));
        assertThat(call("JSON.TOGGLE", "doc", "$.n")).isEqualTo(list((Object) null));
        assertThat(call("JSON.TOGGLE", "doc", ".bool")).isEqualTo("true");
        assertThat(call("JSON.TOGGLE", "doc", ".n")).isEqualTo("-ERR Path '$.n' does not exist or not a bool");
        assertThat(call("JSON.GET", "doc")).isEqualTo("{\"bool\":true,\"nested\":{\"bool\":true},\"n\":1}");
    }

    @Test
    void objectCommands() {
        call("JSON.SET", "doc", "$", "{\"a\":[3],\"nested\":{\"a\":{\"b\":2,\"c\":1}}}");
        assertThat(call("JSON.OBJKEYS", "doc")).isEqualTo(list("a", "nested"));
        assertThat(call("JSON.OBJKEYS", "doc", "$..a")).isEqualTo(list(null, list("b", "c")));
        assertThat(call("JSON.OBJKEYS", "doc", ".a")).isEqualTo("-ERR Path '$.a' does not exist or not an object");
        assertThat(call("JSON.OBJKEYS", "doc", ".zz")).isNull();
        assertThat(call("JSON.OBJLEN", "doc", "$..a")).isEqualTo(list(null, 2L));
        assertThat(call("JSON.OBJLEN", "doc")).isEqualTo(2L);
        assertThat(call("JSON.OBJLEN", "doc", ".a"))
            .isEqualTo("-WRONGTYPE wrong type of path value - expected object but found array");
        assertThat(call("JSON.OBJLEN", "missing")).isNull();
        assertThat(call("JSON.OBJKEYS", "missing", "$"))
            .isEqualTo("-ERR could not perform this operation on a key that doesn't exist");
    }

    @Test
    void arrappendAndArrinsert() {
        call("JSON.SET", "doc", "$", "{\"arr\":[1],\"o\":{\"arr\":[]},\"s\":\"x\"}");
        assertThat(call("JSON.ARRAPPEND", "doc", "$..arr", "2", "\"three\"")).isEqualTo(list(3L, 2L));
        assertThat(call("JSON.ARRAPPEND", "doc", ".arr", "{\"four\":4}")).isEqualTo(4L);
        assertThat(call("JSON.ARRAPPEND", "doc", "$.s", "1")).isEqualTo(list((Object) null));
        assertThat(call("JSON.ARRAPPEND", "doc", ".s", "1")).isEqualTo("-ERR Path '.s' does not exist or not an array");
        assertThat(call("JSON.ARRAPPEND", "doc", ".arr", "nope")).isEqualTo("-expected value at line 1 column 1");
        assertThat(call("JSON.ARRINSERT", "doc", "$.arr", "0", "0")).isEqualTo(list(5L));
        assertThat(call("JSON.ARRINSERT", "doc", ".arr", "-1", "\"x\"", "\"y\"")).isEqualTo(7L);
        assertThat(call("JSON.ARRINSERT", "doc", ".arr", "99", "1")).isEqualTo("-ERR index out of bounds");
        assertThat(call("JSON.ARRINSERT", "doc", ".arr", "one", "1")).isEqualTo("-Couldn't parse as integer");
        assertThat(call("JSON.GET", "doc", "$.arr")).isEqualTo("[[0,1,2,\"three\",\"x\",\"y\",{\"four\":4}]]");
        assertThat(call("JSON.ARRAPPEND", "missing", "$", "1"))
            .isEqualTo("-ERR could not perform this operation on a key that doesn't exist");
    }

    @Test
    void arrindexSearchesWithinTheWindow() {
        call("JSON.SET", "doc", "$", "{\"arr\":[0,1,2,1.0,\"1\",[1],{\"a\":1}],\"o\":{\"arr\":[1]},\"s\":\"x\"}");
        assertThat(call("JSON.ARRINDEX", "doc", "$..arr", "1")).isEqualTo(list(1L, 0L));
        assertThat(call("JSON.ARRINDEX", "doc", ".arr", "1.0")).isEqualTo(3L);
        assertThat(call("JSON.ARRINDEX", "doc", ".arr", "\"1\"")).isEqualTo(4L);
        assertThat(call("JSON.ARRINDEX", "doc", ".arr", "[1]")).isEqualTo(5L);
        assertThat(call("JSON.ARRINDEX", "doc", ".arr", "{\"a\":1}")).isEqualTo(6L);
        assertThat(call("JSON.ARRINDEX", "doc", ".arr", "1", "2")).isEqualTo(-1L);
        assertThat(call("JSON.ARRINDEX", "doc", ".arr", "2", "-5", "-4")).isEqualTo(2L);
        assertThat(call("JSON.ARRINDEX", "doc", ".arr", "2", "0", "2")).isEqualTo(-1L);
        assertThat(call("JSON.ARRINDEX", "doc", "$.s", "1")).isEqualTo(list((Object) null));
        assertThat(call("JSON.ARRINDEX", "doc", ".s", "1"))
            .isEqualTo("-WRONGTYPE wrong type of path value - expected array but found string");
        assertThat(call("JSON.ARRINDEX", "missing", "$.arr", "1")).isEqualTo("-ERR Path '$.arr' does not exist");
    }

    @Test
    void arrlenArrpopAndArrtrim() {
        call("JSON.SET", "doc", "$", "{\"arr\":[0,1,2,3,4,5],\"o\":{\"arr\":[]},\"s\":\"x\"}");
        assertThat(call("JSON.ARRLEN", "doc", "$..arr")).isEqualTo(list(6L, 0L));
        assertThat(call("JSON.ARRLEN", "doc", ".arr")).isEqualTo(6L);
        assertThat(call("JSON.ARRLEN", "doc", ".s")).isEqualTo("-ERR Path '.s' does not exist or not an array");
        assertThat(call("JSON.ARRLEN", "doc", ".zz")).isEqualTo("-ERR Path '.zz' does not exist");
        assertThat(call("JSON.ARRLEN", "missing")).isNull();
        assertThat(call("JSON.ARRPOP", "doc", ".arr")).isEqualTo("5");
        assertThat(call("JSON.ARRPOP", "doc", "$..arr", "0")).isEqualTo(list("0", null));
        assertThat(call("JSON.ARRPOP", "doc", ".arr", "99")).isEqualTo("4");
        assertThat(call("JSON.ARRPOP", "doc", ".arr", "-99")).isEqualTo("1");
        assertThat(call("JSON.ARRPOP", "doc")).isEqualTo("-ERR Path '$' does not exist or not an array");
        assertThat(call("JSON.ARRTRIM", "doc", "$.arr", "0", "0")).isEqualTo(list(1L));
        assertThat(call("JSON.GET", "doc", ".arr")).isEqualTo("[2]");
        call("JSON.SET", "doc", "$.arr", "[0,1,2,3,4]");
        assertThat(call("JSON.ARRTRIM", "doc", ".arr", "1", "-2")).isEqualTo(3L);
        assertThat(call("JSON.ARRTRIM", "doc", ".arr", "9", "11")).isEqualTo(0L);
        assertThat(call("JSON.ARRTRIM", "doc", "$.s", "0", "1")).isEqualTo(list((Object) null));
        assertThat(call("JSON.ARRTRIM", "doc", ".s", "0", "1"))
            .isEqualTo("-ERR Path '$.s' does not exist or not an array");
        assertThat(call("JSON.ARRPOP", "missing", "$"))
            .isEqualTo("-ERR could not perform this operation on a key that doesn't exist");
    }

    @Test
    void arrpopFormatOnResp3() {
        call("JSON.SET", "doc", "$", "{\"a\":[{\"b\":2},{\"g\":[1,2]},3]}");
        assertThat(call("JSON.ARRPOP", "doc", "FORMAT", "EXPAND", "$.a"))
            .isEqualTo("-ERR FORMAT argument is not supported on RESP2");
        this.redis.protocol(3);
        assertThat(raw("JSON.ARRPOP", "doc", "FORMAT", "EXPAND", "$.a", "1")).isEqualTo("[%{\"g\", [:1, :2]}]");
        assertThat(call("JSON.ARRPOP", "doc", "FORMAT", "EXPAND1", "$.a", "0")).isEqualTo(list("{\"b\":2}"));
        assertThat(call("JSON.ARRPOP", "doc", "FORMAT", "EXPAND", ".a"))
            .isEqualTo("-Legacy paths are supported only with FORMAT STRINGS");
        assertThat(call("JSON.ARRPOP", "doc", "FORMAT", "STRING", "$.a")).isEqualTo("-ERR wrong reply format");
        assertThat(call("JSON.ARRPOP", "doc", "FORMAT", "STRINGS", "$.a")).isEqualTo(list("3"));
    }

    @Test
    void clearEmptiesContainersAndZeroesNumbers() {
        call("JSON.SET", "doc", "$", "{\"obj\":{\"a\":1},\"arr\":[1],\"n\":5,\"z\":0,\"s\":\"x\",\"e\":[]}");
        assertThat(call("JSON.CLEAR", "doc", "$.*")).isEqualTo(3L);
        assertThat(call("JSON.GET", "doc")).isEqualTo("{\"obj\":{},\"arr\":[],\"n\":0,\"z\":0,\"s\":\"x\",\"e\":[]}");
        assertThat(call("JSON.CLEAR", "doc")).isEqualTo(1L);
        assertThat(call("JSON.GET", "doc")).isEqualTo("{}");
        assertThat(call("JSON.CLEAR", "missing"))
            .isEqualTo("-ERR could not perform this operation on a key that doesn't exist");
    }

    @Test
    void respShowsTheDocumentAsRespValues() {
        call("JSON.SET", "doc", "$", "{\"a\":[1,2.5,true,null],\"s\":\"x\"}");
        assertThat(raw("JSON.RESP", "doc")).isEqualTo("[+{, \"a\", [+[, :1, ,2.5, +true, _], \"s\", \"x\"]");
        assertThat(call("JSON.RESP", "doc", "$.s")).isEqualTo(list("x"));
        assertThat(call("JSON.RESP", "doc", ".zz")).isEqualTo("-ERR Path '$.zz' does not exist");
        assertThat(call("JSON.RESP", "missing")).isNull();
    }

    @Test
    void writesInvalidateWatchAndReadsDoNot() {
        call("JSON.SET", "doc", "$", "{\"a\":1}");
        call("WATCH", "doc");
        call("JSON.GET", "doc");
        call("JSON.NUMINCRBY", "doc", "$.a", "1");
        call("MULTI");
        call("JSON.GET", "doc");
        assertThat(call("EXEC")).isNull();
    }

    @Test
    void copyKeepsDocumentsIndependent() {
        call("JSON.SET", "doc", "$", "{\"a\":[1]}");
        assertThat(call("COPY", "doc", "other")).isEqualTo(1L);
        call("JSON.ARRAPPEND", "doc", "$.a", "2");
        assertThat(call("JSON.GET", "other")).isEqualTo("{\"a\":[1]}");
    }

}
