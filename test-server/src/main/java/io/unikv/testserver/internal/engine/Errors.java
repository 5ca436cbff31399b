package io.unikv.testserver.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Every error text the server sends, in one place, worded exactly as Redis 7.0 words it
 * (and, for the REST front end, as Upstash does). Command code throws {@link RedisError}
 * with these.
 *
 * @author unikv authors
 */
public final class Errors {

    /** A command against a key of another type. */
    public static final String WRONGTYPE = "WRONGTYPE Operation against a key holding the wrong kind of value";

    /** An argument that must be an integer. */
    public static final String NOT_INTEGER = "ERR value is not an integer or out of range";

    /** An argument or value that must be a float. */
    public static final String NOT_FLOAT = "ERR value is not a valid float";

    /** A value or field value that must be an integer (hashes). */
    public static final String HASH_NOT_INTEGER = "ERR hash value is not an integer";

    /** A hash value that must be a float. */
    public static final String HASH_NOT_FLOAT = "ERR hash value is not a float";

    /** Generic syntax error. */
    public static final String SYNTAX = "ERR syntax error";

    /** A key that must exist. */
    public static final String NO_SUCH_KEY = "ERR no such key";

    /** An index outside a list. */
    public static final String INDEX_OUT_OF_RANGE = "ERR index out of range";

    /** INCR/DECR past the 64-bit range. */
    public static final String OVERFLOW = "ERR increment or decrement would overflow";

    /** INCRBYFLOAT producing NaN or infinity. */
    public static final String NAN_OR_INFINITY = "ERR increment would produce NaN or Infinity";

    /** A count that must not be negative. */
    public static final String MUST_BE_POSITIVE = "ERR value is out of range, must be positive";

    /** A count past a command's own bound (HRANDFIELD ... WITHVALUES). */
    public static final String VALUE_OUT_OF_RANGE = "ERR value is out of range";

    /** A random-sampling count of {@code LONG_MIN} (HRANDFIELD, SRANDMEMBER). */
    public static final String RANDOM_COUNT_OUT_OF_RANGE = "ERR value is out of range, value must between "
            + "-9223372036854775807 and 9223372036854775807";

    /** An infinite increment argument (HINCRBYFLOAT). */
    public static final String NAN_OR_INFINITY_ARGUMENT = "ERR value is NaN or Infinity";

    /** More numkeys than arguments (SINTERCARD). */
    public static final String NUMKEYS_TOO_MANY = "ERR Number of keys can't be greater than number of args";

    /** A negative LIMIT (SINTERCARD). */
    public static final String LIMIT_NEGATIVE = "ERR LIMIT can't be negative";

    /** SELECT and friends outside 0..15. */
    public static final String DB_OUT_OF_RANGE = "ERR DB index is out of range";

    /** A blocking timeout that is not a number. */
    public static final String TIMEOUT_NOT_FLOAT = "ERR timeout is not a float or out of range";

    /** A negative blocking timeout. */
    public static final String TIMEOUT_NEGATIVE = "ERR timeout is negative";

    /** LMPOP/BLMPOP with a numkeys below 1 or not a number. */
    public static final String LIST_NUMKEYS = "ERR numkeys should be greater than 0";

    /** LMPOP/BLMPOP with a COUNT below 1 or not a number. */
    public static final String LIST_COUNT = "ERR count should be greater than 0";

    /** LPOS with RANK 0. */
    public static final String LPOS_RANK_ZERO = "ERR RANK can't be zero: use 1 to start from the first match, "
            + "2 from the second ... or use negative to start from the end of the list";

    /** LPOS with a negative or non-numeric COUNT. */
    public static final String LPOS_COUNT_NEGATIVE = "ERR COUNT can't be negative";

    /** LPOS with a negative or non-numeric MAXLEN. */
    public static final String LPOS_MAXLEN_NEGATIVE = "ERR MAXLEN can't be negative";

    /** Sorted-set score bounds that are not numbers. */
    public static final String MIN_MAX_NOT_FLOAT = "ERR min or max is not a float";

    /**
     * Sorted-set lex bounds that do not start with {@code [}, {@code (}, {@code -} or
     * {@code +}.
     */
    public static final String MIN_MAX_NOT_LEX = "ERR min or max not valid string range item";

    /** ZADD with both NX and XX. */
    public static final String ZADD_XX_AND_NX = "ERR XX and NX options at the same time are not compatible";

    /** ZADD with GT and LT, or either with NX. */
    public static final String ZADD_GT_LT_NX = "ERR GT, LT, and/or NX options at the same time are not compatible";

    /** ZADD INCR with more than one score-member pair. */
    public static final String ZADD_INCR_PAIRS = "ERR INCR option supports a single increment-element pair";

    /** ZADD INCR or ZINCRBY adding infinities of opposite signs. */
    public static final String SCORE_NAN = "ERR resulting score is not a number (NaN)";

    /** ZRANGE by rank with LIMIT. */
    public static final String ZRANGE_LIMIT_NEEDS_BY = "ERR syntax error, LIMIT is only supported in combination "
            + "with either BYSCORE or BYLEX";

    /** ZRANGE BYLEX with WITHSCORES. */
    public static final String ZRANGE_WITHSCORES_BYLEX = "ERR syntax error, WITHSCORES not supported in "
            + "combination with BYLEX";

    /** ZUNION/ZINTER WEIGHTS that are not numbers. */
    public static final String WEIGHT_NOT_FLOAT = "ERR weight value is not a float";

    /** A string that would grow past 512 MB. */
    public static final String STRING_TOO_LONG = "ERR string exceeds maximum allowed size (proto-max-bulk-len)";

    /** A negative offset. */
    public static final String OFFSET_OUT_OF_RANGE = "ERR offset is out of range";

    /** COPY or MOVE onto itself. */
    public static final String SAME_OBJECT = "ERR source and destination objects are the same";

    /** A SCAN cursor that is not a number. */
    public static final String INVALID_CURSOR = "ERR invalid cursor";

    /** A malformed stream ID. */
    public static final String STREAM_INVALID_ID = "ERR Invalid stream ID specified as stream command argument";

    /** XADD with an ID not above the stream's last one. */
    public static final String STREAM_ID_TOO_SMALL = "ERR The ID specified in XADD is equal or smaller than the "
            + "target stream top item";

    /** XADD with {@code 0-0}. */
    public static final String STREAM_ID_ZERO = "ERR The ID specified in XADD must be greater than 0-0";

    /** XADD on a stream whose last ID is the largest possible. */
    public static final String STREAM_EXHAUSTED = "ERR The stream has exhausted the last possible ID, unable to add "
            + "more items";

    /** A negative MAXLEN. */
    public static final String STREAM_MAXLEN_NEGATIVE = "ERR The MAXLEN argument must be >= 0.";

    /** A negative trimming LIMIT. */
    public static final String STREAM_LIMIT_NEGATIVE = "ERR The LIMIT argument must be >= 0.";

    /** Both trimming strategies. */
    public static final String STREAM_MAXLEN_AND_MINID = "ERR syntax error, MAXLEN and MINID options at the same "
            + "time are not compatible";

    /** LIMIT without MAXLEN or MINID. */
    public static final String STREAM_LIMIT_WITHOUT_STRATEGY = "ERR syntax error, LIMIT cannot be used without "
            + "specifying a trimming strategy";

    /** XTRIM without MAXLEN or MINID. */
    public static final String STREAM_XTRIM_WITHOUT_STRATEGY = "ERR syntax error, XTRIM must be called with a "
            + "trimming strategy";

    /** LIMIT with exact trimming. */
    public static final String STREAM_LIMIT_WITHOUT_TILDE = "ERR syntax error, LIMIT cannot be used without the "
            + "special ~ option";

    /** An exclusive start past the largest ID. */
    public static final String STREAM_INVALID_START = "ERR invalid start ID for the interval";

    /** An exclusive end before the smallest ID. */
    public static final String STREAM_INVALID_END = "ERR invalid end ID for the interval";

    /**
     * XREAD or XREADGROUP with an odd number of keys and IDs (Redis says XREAD for both).
     */
    public static final String XREAD_UNBALANCED = "ERR Unbalanced XREAD list of streams: for each stream key an ID "
            + "or '$' must be specified.";

    /** GROUP given to XREAD. */
    public static final String XREAD_GROUP_OPTION = "ERR The GROUP option is only supported by XREADGROUP. You "
            + "called XREAD instead.";

    /** NOACK given to XREAD. */
    public static final String XREAD_NOACK_OPTION = "ERR The NOACK option is only supported by XREADGROUP. You "
            + "called XREAD instead.";

    /** XREADGROUP without GROUP. */
    public static final String XREADGROUP_MISSING_GROUP = "ERR Missing GROUP option for XREADGROUP";

    /** {@code $} given to XREADGROUP. */
    public static final String XREADGROUP_DOLLAR = "ERR The $ ID is meaningless in the context of XREADGROUP: you "
            + "want to read the history of this consumer by specifying a proper ID, or use the > ID to get new "
            + "messages. The $ ID would just return an empty result set.";

    /** {@code >} given to XREAD. */
    public static final String XREAD_GREATER = "ERR The > ID can be specified only when calling XREADGROUP using "
            + "the GROUP <group> <consumer> option.";

    /** A blocked XREADGROUP whose group went away. */
    public static final String XREADGROUP_GROUP_GONE = "NOGROUP the consumer group this client was blocked on no "
            + "longer exists";

    /** A blocked XREADGROUP whose stream went away. */
    public static final String XREADGROUP_KEY_GONE = "UNBLOCKED the stream key no longer exists";

    /** A BLOCK timeout that is not an integer. */
    public static final String TIMEOUT_NOT_INTEGER = "ERR timeout is not an integer or out of range";

    /** A BLOCK timeout too far in the future. */
    public static final String TIMEOUT_OUT_OF_RANGE = "ERR timeout is out of range";

    /** XGROUP on a missing key. */
    public static final String XGROUP_NO_KEY = "ERR The XGROUP subcommand requires the key to exist. Note that for "
            + "CREATE you may want to use the MKSTREAM option to create an empty stream automatically.";

    /** XGROUP CREATE of an existing group. */
    public static final String BUSYGROUP = "BUSYGROUP Consumer Group name already exists";

    /** A negative ENTRIESREAD. */
    public static final String ENTRIESREAD_NEGATIVE = "ERR value for ENTRIESREAD must be positive or -1";

    /** A bad XCLAIM min-idle-time. */
    public static final String XCLAIM_MIN_IDLE = "ERR Invalid min-idle-time argument for XCLAIM";

    /** A bad XCLAIM IDLE. */
    public static final String XCLAIM_IDLE = "ERR Invalid IDLE option argument for XCLAIM";

    /** A bad XCLAIM TIME. */
    public static final String XCLAIM_TIME = "ERR Invalid TIME option argument for XCLAIM";

    /** A bad XCLAIM RETRYCOUNT. */
    public static final String XCLAIM_RETRYCOUNT = "ERR Invalid RETRYCOUNT option argument for XCLAIM";

    /** A bad XAUTOCLAIM min-idle-time. */
    public static final String XAUTOCLAIM_MIN_IDLE = "ERR Invalid min-idle-time argument for XAUTOCLAIM";

    /** A bad XAUTOCLAIM COUNT. */
    public static final String XAUTOCLAIM_COUNT = "ERR COUNT must be > 0";

    /** A negative XSETID ENTRIESADDED. */
    public static final String XSETID_ENTRIES_ADDED_NEGATIVE = "ERR entries_added must be positive";

    /** XSETID below its own MAXDELETEDID. */
    public static final String XSETID_BELOW_GIVEN_MAX_DELETED = "ERR The ID specified in XSETID is smaller than the "
            + "provided max_deleted_entry_id";

    /** XSETID below the last entry. */
    public static final String XSETID_BELOW_TOP = "ERR The ID specified in XSETID is smaller than the target stream "
            + "top item";

    /** XSETID ENTRIESADDED below the length. */
    public static final String XSETID_ENTRIES_ADDED_SMALL = "ERR The entries_added specified in XSETID is smaller "
            + "than the target stream length";

    /** EXPIRE with NX and another condition. */
    public static final String EXPIRE_NX_CONFLICT = "ERR NX and XX, GT or LT options at the same time are not compatible";

    /** EXPIRE with GT and LT. */
    public static final String EXPIRE_GT_LT_CONFLICT = "ERR GT and LT options at the same time are not compatible";

    /** MULTI inside MULTI. */
    public static final String MULTI_NESTED = "ERR MULTI calls can not be nested";

    /** EXEC outside MULTI. */
    public static final String EXEC_WITHOUT_MULTI = "ERR EXEC without MULTI";

    /** DISCARD outside MULTI. */
    public static final String DISCARD_WITHOUT_MULTI = "ERR DISCARD without MULTI";

    /** WATCH inside MULTI. */
    public static final String WATCH_INSIDE_MULTI = "ERR WATCH inside MULTI is not allowed";

    /** EXEC after a queued command was rejected. */
    public static final String EXECABORT = "EXECABORT Transaction discarded because of previous errors.";

    /** A command before AUTH on a server with a password. */
    public static final String NOAUTH = "NOAUTH Authentication required.";

    /** A write sent to a read-only replica. */
    public static final String READONLY = "READONLY You can't write against a read only replica.";

    /** Wrong credentials. */
    public static final String WRONGPASS = "WRONGPASS invalid username-password pair or user is disabled.";

    /** AUTH on a server without a password. */
    public static final String AUTH_NOT_CONFIGURED = "ERR AUTH <password> called without any password "
            + "configured for the default user. Are you sure your configuration is correct?";

    /** HELLO with an unsupported protocol version. */
    public static final String NOPROTO = "NOPROTO unsupported protocol version";

    /** Upstash's answer to a missing or wrong REST token. */
    public static final String REST_UNAUTHORIZED = "WRONGPASS invalid or missing auth token";

    /** Upstash's answer to a request over its size limit. */
    public static final String REST_TOO_LARGE = "ERR max request size exceeded";

    /** A REST command that is not a JSON array of strings, numbers and booleans. */
    public static final String REST_BAD_COMMAND = "ERR invalid command: expected a JSON array of strings, "
            + "numbers and booleans";

    /** A REST pipeline or transaction that is not a non-empty JSON array of commands. */
    public static final String REST_BAD_BATCH = "ERR invalid pipeline: expected a non-empty JSON array of "
            + "command arrays";

    /** A REST request that names no command. */
    public static final String REST_EMPTY_COMMAND = "ERR empty command";

    /** A REST URL with broken percent-encoding. */
    public static final String REST_BAD_URL = "ERR invalid percent-encoding in the request URL";

    /** An HTTP request the server could not decode. */
    public static final String REST_BAD_HTTP = "ERR malformed HTTP request";

    /** An HTTP method other than HEAD, GET, POST, PUT and OPTIONS. */
    public static final String REST_METHOD_NOT_ALLOWED = "ERR method not allowed";

    /** An {@code Upstash-Response-Format} other than {@code json} and {@code resp2}. */
    public static final String REST_BAD_RESPONSE_FORMAT = "ERR invalid Upstash-Response-Format, expected json or resp2";

    /** {@code Upstash-Response-Format: resp2} together with base64 encoding. */
    public static final String REST_RESP2_WITH_BASE64 = "ERR Upstash-Response-Format resp2 can not be combined "
            + "with Upstash-Encoding base64";

    /** {@code Upstash-Response-Format: resp2} on {@code /multi-exec}. */
    public static final String REST_RESP2_TRANSACTION = "ERR Upstash-Response-Format resp2 is not supported "
            + "for multi-exec";

    private Errors() {
    }

    /**
     * {@code ERR wrong number of arguments for 'get' command}.
     * @param command the command as the client sent it, lower-cased as Redis does
     * @return the text
     */
    public static String arity(String command) {
        return "ERR wrong number of arguments for '" + command.toLowerCase(Locale.ROOT) + "' command";
    }

    /**
     * {@code ERR unknown command 'foo', with args beginning with: 'a' 'b' }.
     * @param args the command and its arguments
     * @return the text
     */
    public static String unknownCommand(byte[][] args) {
        StringBuilder list = new StringBuilder();
        for (int i = 1; i < args.length && list.length() < 128; i++) {
            String arg = text(args[i]);
            int room = 128 - list.length();
            list.append('\'').append((arg.length() > room) ? arg.substring(0, room) : arg).append("' ");
        }
        String name = text(args[0]);
        return "ERR unknown command '" + ((name.length() > 128) ? name.substring(0, 128) : name)
                + "', with args beginning with: " + list;
    }

    /**
     * {@code ERR unknown subcommand 'x'. Try CLIENT HELP.}.
     * @param command the container command, upper case
     * @param subcommand the subcommand as sent
     * @return the text
     */
    public static String unknownSubcommand(String command, String subcommand) {
        String shown = (subcommand.length() > 128) ? subcommand.substring(0, 128) : subcommand;
        return "ERR unknown subcommand '" + shown + "'. Try " + command.toUpperCase(Locale.ROOT) + " HELP.";
    }

    /**
     * {@code ERR at least 1 input key is needed for 'zunion' command} (numkeys below 1 in
     * ZUNION, ZINTER, ZDIFF, their STORE forms and ZINTERCARD).
     * @param command the command, lower case
     * @return the text
     */
    public static String zsetNeedsKey(String command) {
        return "ERR at least 1 input key is needed for '" + command.toLowerCase(Locale.ROOT) + "' command";
    }

    /**
     * {@code ERR invalid expire time in 'set' command}.
     * @param command the command, lower case
     * @return the text
     */
    public static String invalidExpire(String command) {
        return "ERR invalid expire time in '" + command.toLowerCase(Locale.ROOT) + "' command";
    }

    /**
     * {@code ERR unknown subcommand or wrong number of arguments for 'create'. Try XGROUP
     * HELP.}.
     * @param command the container command
     * @param subcommand the subcommand as sent
     * @return the text
     */
    public static String subcommandSyntax(String command, String subcommand) {
        return "ERR unknown subcommand or wrong number of arguments for '" + subcommand + "'. Try "
                + command.toUpperCase(Locale.ROOT) + " HELP.";
    }

    /**
     * {@code NOGROUP No such key 'k' or consumer group 'g'}, with XREADGROUP's suffix.
     * @param key the key
     * @param group the group
     * @param suffix text after the group, may be empty
     * @return the text
     */
    public static String noGroupOrKey(String key, String group, String suffix) {
        return "NOGROUP No such key '" + key + "' or consumer group '" + group + "'" + suffix;
    }

    /**
     * {@code NOGROUP No such consumer group 'g' for key name 'k'}.
     * @param group the group
     * @param key the key
     * @return the text
     */
    public static String noGroup(String group, String key) {
        return "NOGROUP No such consumer group '" + group + "' for key name '" + key + "'";
    }

    /**
     * {@code ERR Unrecognized XCLAIM option 'x'}.
     * @param option the option as sent
     * @return the text
     */
    public static String xclaimOption(String option) {
        return "ERR Unrecognized XCLAIM option '" + option + "'";
    }

    /**
     * {@code NOPERM this user has no permissions to run the 'set' command} (Redis 7.0
     * over RESP).
     * @param command the command, lower case
     * @return the text
     */
    public static String noPermission(String command) {
        return "NOPERM this user has no permissions to run the '" + command.toLowerCase(Locale.ROOT) + "' command";
    }

    /**
     * The same refusal in Upstash's REST wording.
     * @param command the command, lower case
     * @return the text
     */
    public static String restNoPermission(String command) {
        return noPermission(command) + " or its subcommand";
    }

    /**
     * A command the REST endpoint does not run (blocking, connection state, transaction
     * control, subscriptions).
     * @param command the command, lower case
     * @return the text
     */
    public static String restUnsupported(String command) {
        return "ERR Command is not available: '" + command.toLowerCase(Locale.ROOT) + "'";
    }

    /**
     * {@code ERR Protocol error: ...}.
     * @param detail what was wrong
     * @return the text
     */
    public static String protocol(String detail) {
        return "ERR Protocol error: " + detail;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

}
