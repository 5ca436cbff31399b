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

    /** Any command but SCRIPT KILL while a script is busy. */
    public static final String BUSY_SCRIPT = "BUSY Redis is busy running a script. You can only call SCRIPT KILL or "
            + "SHUTDOWN NOSAVE.";

    /** Any command but FUNCTION KILL while a function is busy. */
    public static final String BUSY_FUNCTION = "BUSY Redis is busy running a script. You can only call FUNCTION KILL "
            + "or SHUTDOWN NOSAVE.";

    /** SCRIPT KILL or FUNCTION KILL with nothing running. */
    public static final String NOTBUSY = "NOTBUSY No scripts in execution right now.";

    /** SCRIPT KILL of a script that wrote. */
    public static final String UNKILLABLE = "UNKILLABLE Sorry the script already executed write commands against the "
            + "dataset. You can either wait the script termination or kill the server in a hard way using the "
            + "SHUTDOWN NOSAVE command.";

    /** What a killed script's caller gets (before the script suffix). */
    public static final String SCRIPT_KILLED = "ERR Script killed by user with SCRIPT KILL...";

    /**
     * What a killed function's caller gets (before the script suffix): Redis says SCRIPT
     * KILL too.
     */
    public static final String FUNCTION_KILLED = SCRIPT_KILLED;

    /** SCRIPT KILL while a function runs. */
    public static final String KILL_FUNCTION_WITH_SCRIPT_KILL = "BUSY Redis is busy running a script. You can only "
            + "call FUNCTION KILL or SHUTDOWN NOSAVE.";

    /** FUNCTION KILL while an EVAL script runs. */
    public static final String KILL_SCRIPT_WITH_FUNCTION_KILL = "BUSY Redis is busy running a script. You can only "
            + "call SCRIPT KILL or SHUTDOWN NOSAVE.";

    /** EVALSHA of an unknown script. */
    public static final String NOSCRIPT = "NOSCRIPT No matching script. Please use EVAL.";

    /** A negative numkeys in EVAL or FCALL. */
    public static final String NUMKEYS_NEGATIVE = "ERR Number of keys can't be negative";

    /** redis.call with no arguments. */
    public static final String SCRIPT_NO_ARGS = "ERR Please specify at least one argument for this redis lib call";

    /** redis.call with an argument that is neither string nor number. */
    public static final String SCRIPT_BAD_ARG = "ERR Lua redis lib command arguments must be strings or integers";

    /** redis.call of an unknown command. */
    public static final String SCRIPT_UNKNOWN_COMMAND = "ERR Unknown Redis command called from script";

    /** redis.call with the wrong number of arguments. */
    public static final String SCRIPT_WRONG_ARITY = "ERR Wrong number of args calling Redis command from script";

    /** redis.call of a command flagged noscript. */
    public static final String SCRIPT_NOT_ALLOWED = "ERR This Redis command is not allowed from script";

    /** A write from a read-only script. */
    public static final String SCRIPT_READ_ONLY = "ERR Write commands are not allowed from read-only scripts.";

    /** EVAL_RO or FCALL_RO of a script that may write. */
    public static final String SCRIPT_RO_WITH_WRITE_FLAG = "ERR Can not execute a script with write flag using *_ro "
            + "command.";

    /** A script that may write (shebang without no-writes), run on a replica. */
    public static final String SCRIPT_WRITE_ON_REPLICA = "READONLY Can not run script with write flag on readonly "
            + "replica";

    /** redis.setresp with something other than 2 or 3. */
    public static final String SCRIPT_BAD_RESP = "ERR RESP version must be 2 or 3.";

    /** redis.log with an unknown level. */
    public static final String SCRIPT_BAD_LOG_LEVEL = "ERR Invalid debug level.";

    /** A shebang line without its end. */
    public static final String SHEBANG_INVALID = "ERR Invalid script shebang";

    /** FCALL of an unknown function. */
    public static final String FUNCTION_NOT_FOUND = "ERR Function not found";

    /** FUNCTION DELETE of an unknown library. */
    public static final String LIBRARY_NOT_FOUND = "ERR Library not found";

    /** FUNCTION LOAD of code registering nothing. */
    public static final String NO_FUNCTIONS_REGISTERED = "ERR No functions registered";

    /** FUNCTION LOAD without a shebang. */
    public static final String MISSING_LIBRARY_METADATA = "ERR Missing library metadata";

    /** FUNCTION LOAD without a library name. */
    public static final String LIBRARY_NAME_MISSING = "ERR Library name was not given";

    /** A function or library name with characters Redis refuses. */
    public static final String BAD_LIBRARY_NAME = "ERR Library names can only contain letters, numbers, or "
            + "underscores(_) and must be at least one character long";

    /** A function name with characters Redis refuses. */
    public static final String BAD_FUNCTION_NAME = "ERR Function names can only contain letters, numbers, or "
            + "underscores(_) and must be at least one character long";

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

    /** A bit offset that is not a number, negative or past 512 MB. */
    public static final String BIT_OFFSET = "ERR bit offset is not an integer or out of range";

    /** SETBIT with a value other than 0 or 1. */
    public static final String BIT_VALUE = "ERR bit is not an integer or out of range";

    /** BITPOS with a bit other than 0 or 1. */
    public static final String BITPOS_BIT = "ERR The bit argument must be 1 or 0.";

    /** BITOP NOT with several sources. */
    public static final String BITOP_NOT_ONE_KEY = "ERR BITOP NOT must be called with a single source key.";

    /** A BITFIELD type that is not i1..i64 or u1..u63. */
    public static final String BITFIELD_TYPE = "ERR Invalid bitfield type. Use something like i16 u8. "
            + "Note that u64 is not supported but i64 is.";

    /** BITFIELD OVERFLOW with an unknown behaviour. */
    public static final String BITFIELD_OVERFLOW = "ERR Invalid OVERFLOW type specified";

    /** BITFIELD_RO with SET or INCRBY. */
    public static final String BITFIELD_RO = "ERR BITFIELD_RO only supports the GET subcommand";

    /** A string that is not in Redis's HyperLogLog format. */
    public static final String NOT_HLL = "WRONGTYPE Key is not a valid HyperLogLog string value.";

    /** A HyperLogLog whose registers do not decode. */
    public static final String HLL_CORRUPTED = "INVALIDOBJ Corrupted HLL object detected";

    /** PFDEBUG on a missing key. */
    public static final String PFDEBUG_NO_KEY = "ERR The specified key does not exist";

    /** PFDEBUG DECODE of a dense HyperLogLog. */
    public static final String PFDEBUG_NOT_SPARSE = "ERR HLL encoding is not sparse";

    /** A geo unit other than m, km, ft and mi. */
    public static final String GEO_UNIT = "ERR unsupported unit provided. please use M, KM, FT, MI";

    /** A GEO* radius that is not a number. */
    public static final String GEO_RADIUS_NOT_NUMBER = "ERR need numeric radius";

    /** A negative GEO* radius. */
    public static final String GEO_RADIUS_NEGATIVE = "ERR radius cannot be negative";

    /** A BYBOX width that is not a number. */
    public static final String GEO_WIDTH_NOT_NUMBER = "ERR need numeric width";

    /** A BYBOX height that is not a number. */
    public static final String GEO_HEIGHT_NOT_NUMBER = "ERR need numeric height";

    /** A negative BYBOX size. */
    public static final String GEO_BOX_NEGATIVE = "ERR height or width cannot be negative";

    /** A search centre member that is missing. */
    public static final String GEO_MEMBER_NOT_DECODED = "ERR could not decode requested zset member";

    /** COUNT 0 or negative in a geo search. */
    public static final String GEO_COUNT = "ERR COUNT must be > 0";

    /** ANY without COUNT in a geo search. */
    public static final String GEO_ANY_NEEDS_COUNT = "ERR the ANY argument requires COUNT argument";

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
     * Coordinates outside Redis's geo limits, printed as C's {@code %f} prints them.
     * @param longitude the longitude as given
     * @param latitude the latitude as given
     * @return the error text
     */
    public static String geoInvalidPair(double longitude, double latitude) {
        return "ERR invalid longitude,latitude pair " + fixed6(longitude) + "," + fixed6(latitude);
    }

    /**
     * A stored geo search with WITHDIST, WITHHASH or WITHCOORD.
     * @param searchStore whether the command is GEOSEARCHSTORE (else GEORADIUS* STORE)
     * @return the error text
     */
    public static String geoStoreWith(boolean searchStore) {
        return "ERR " + (searchStore ? "GEOSEARCHSTORE" : "STORE option in GEORADIUS")
                + " is not compatible with WITHDIST, WITHHASH and WITHCOORD options";
    }

    /**
     * GEOSEARCH without FROMMEMBER or FROMLONLAT.
     * @param command the command name as the client sent it
     * @return the error text
     */
    public static String geoNeedsFrom(String command) {
        return "ERR exactly one of FROMMEMBER or FROMLONLAT can be specified for " + command;
    }

    /**
     * GEOSEARCH without BYRADIUS or BYBOX.
     * @param command the command name as the client sent it
     * @return the error text
     */
    public static String geoNeedsBy(String command) {
        return "ERR exactly one of BYRADIUS and BYBOX can be specified for " + command;
    }

    /**
     * An unknown PFDEBUG subcommand.
     * @param subcommand the subcommand as given
     * @return the error text
     */
    public static String pfdebugUnknown(String subcommand) {
        return "ERR Unknown PFDEBUG subcommand '" + subcommand + "'";
    }

    private static String fixed6(double value) {
        if (Double.isInfinite(value)) {
            return (value > 0) ? "inf" : "-inf";
        }
        return new java.math.BigDecimal(value).setScale(6, java.math.RoundingMode.HALF_EVEN).toPlainString();
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

    /** RedisJSON: a path other than the root on a key that does not exist. */
    public static final String JSON_NEW_AT_ROOT = "ERR new objects must be created at the root";

    /** RedisJSON: a command that edits a document on a key that does not exist. */
    public static final String JSON_NO_SUCH_KEY = "ERR could not perform this operation on a key that doesn't exist";

    /** RedisJSON: JSON.SET on a missing element of an array. */
    public static final String JSON_ARRAY_INDEX_OUT_OF_RANGE = "ERR array index out of range";

    /** RedisJSON: JSON.ARRINSERT at an index outside the array. */
    public static final String JSON_INDEX_OUT_OF_BOUNDS = "ERR index out of bounds";

    /** RedisJSON: JSON.SET creating a key through a path with wildcards or filters. */
    public static final String JSON_WRONG_STATIC_PATH = "Err wrong static path";

    /**
     * RedisJSON: JSON.SET creating a key through a path that does not end with a name.
     */
    public static final String JSON_PATH_MUST_END_WITH_KEY = "Err path must end with object key to set";

    /** RedisJSON: a numeric operation whose argument is JSON but not a number. */
    public static final String JSON_BAD_NUMBER = "bad input number";

    /** RedisJSON: a numeric operation whose result is infinite or NaN. */
    public static final String JSON_NOT_A_NUMBER = "result is not a number";

    /** RedisJSON: an index argument that is not an integer. */
    public static final String JSON_NOT_INTEGER = "Couldn't parse as integer";

    /** RedisJSON: a FORMAT value it does not know. */
    public static final String JSON_WRONG_REPLY_FORMAT = "ERR wrong reply format";

    /** RedisJSON: JSON.SET FORMAT with an input format it does not read. */
    public static final String JSON_WRONG_FORMAT = "ERR wrong format";

    /** RedisJSON: FORMAT on a RESP2 connection. */
    public static final String JSON_FORMAT_RESP2 = "ERR FORMAT argument is not supported on RESP2";

    /** RedisJSON: JSON.ARRPOP FORMAT with a legacy path. */
    public static final String JSON_LEGACY_FORMAT = "Legacy paths are supported only with FORMAT STRINGS";

    /** RedisJSON: a document nested deeper than 128 levels. */
    public static final String JSON_RECURSION_LIMIT = "recursion limit exceeded";

    /**
     * RedisJSON: a legacy path that matches nothing,
     * {@code ERR Path '$.x' does not exist}.
     * @param path the path as RedisJSON names it
     * @return the text
     */
    public static String jsonPathMissing(String path) {
        return "ERR Path '" + path + "' does not exist";
    }

    /**
     * RedisJSON: a legacy path that matches no value of the right type, for example
     * {@code ERR Path '$.x' does not exist or not an array}.
     * @param path the path as RedisJSON names it
     * @param or what else may be wrong
     * @return the text
     */
    public static String jsonPathMissingOr(String path, String or) {
        return jsonPathMissing(path) + " or " + or;
    }

    /**
     * RedisJSON: a value of the wrong JSON type, for example
     * {@code WRONGTYPE wrong type of path value - expected string but found integer}.
     * @param expected the expected type
     * @param found the type found (or the offending input)
     * @return the text
     */
    public static String jsonExpected(String expected, String found) {
        return "WRONGTYPE wrong type of path value - expected " + expected + " but found " + found;
    }

    /**
     * RedisJSON: input that is not valid JSON, in serde_json's words (RedisJSON sends
     * them without an error code).
     * @param what what the parser expected
     * @param line the line, from 1
     * @param column the column
     * @return the text
     */
    public static String jsonSyntax(String what, int line, int column) {
        return what + " at line " + line + " column " + column;
    }

    /**
     * RedisJSON: a JSONPath expression that does not compile, in RedisJSON's form
     * ({@code Error occurred on position N, "<path> <<<<----", <detail>.}); the position
     * is the end of the path, since the parser does not report one.
     * @param path the expression
     * @param detail the parser's explanation
     * @return the text
     */
    public static String jsonBadPath(String path, String detail) {
        return "Error occurred on position " + path.length() + ", \"" + path + " <<<<----\", " + detail + ".";
    }

    /**
     * {@code ERR Unexpected engine in script shebang: #!python}.
     * @param engine the first word of the shebang
     * @return the text
     */
    public static String shebangEngine(String engine) {
        return "ERR Unexpected engine in script shebang: " + engine;
    }

    /**
     * {@code ERR Unexpected flag in script shebang: bogus}.
     * @param flag the flag
     * @return the text
     */
    public static String shebangFlag(String flag) {
        return "ERR Unexpected flag in script shebang: " + flag;
    }

    /**
     * {@code ERR Unknown lua shebang option: name=x}.
     * @param option the option
     * @return the text
     */
    public static String shebangOption(String option) {
        return "ERR Unknown lua shebang option: " + option;
    }

    /**
     * {@code ERR Error compiling script (new function): user_script:1: ...}.
     * @param detail the compiler's message
     * @return the text
     */
    public static String scriptCompile(String detail) {
        return "ERR Error compiling script (new function): " + detail;
    }

    /**
     * {@code ERR Error registering functions: ...}.
     * @param detail the error the library code raised
     * @return the text
     */
    public static String functionRegistration(String detail) {
        return "ERR Error registering functions: " + detail;
    }

    /**
     * {@code ERR Library 'mylib' already exists}.
     * @param library the library name
     * @return the text
     */
    public static String libraryExists(String library) {
        return "ERR Library '" + library + "' already exists";
    }

    /**
     * {@code ERR Function f1 already exists}.
     * @param function the function name
     * @return the text
     */
    public static String functionExists(String function) {
        return "ERR Function " + function + " already exists";
    }

    /**
     * The suffix Redis appends to an error a script raised:
     * {@code  script: <sha or function>, on @user_script:1.}.
     * @param message the error
     * @param name the script's SHA1 or the function's name
     * @param source {@code user_script} or {@code user_function}
     * @param line the line the error was raised on
     * @return the text
     */
    public static String scriptError(String message, String name, String source, int line) {
        return message + " script: " + name + ", on @" + source + ":" + line + ".";
    }

    /**
     * {@code ERR Can't execute 'get': only (P|S)SUBSCRIBE / ...} (a RESP2 client in
     * subscriber mode).
     * @param command the full command name, lower case ({@code client|id} for
     * subcommands)
     * @return the text
     */
    public static String subscriberContext(String command) {
        return "ERR Can't execute '" + command + "': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET "
                + "are allowed in this context";
    }

    /** CLIENT TRACKING REDIRECT to an unknown client id. */
    public static final String TRACKING_NO_REDIRECT_TARGET = "ERR The client ID you want redirect to does not exist";

    /** CLIENT TRACKING PREFIX without BCAST. */
    public static final String TRACKING_PREFIX_NEEDS_BCAST = "ERR PREFIX option requires BCAST mode to be enabled";

    /** CLIENT TRACKING ON switching BCAST on or off while tracking. */
    public static final String TRACKING_BCAST_SWITCH = "ERR You can't switch BCAST mode on/off before disabling "
            + "tracking for this client, and then re-enabling it with a different mode.";

    /** CLIENT TRACKING BCAST with OPTIN or OPTOUT. */
    public static final String TRACKING_BCAST_OPT = "ERR OPTIN and OPTOUT are not compatible with BCAST";

    /** CLIENT TRACKING with both OPTIN and OPTOUT. */
    public static final String TRACKING_OPTIN_AND_OPTOUT = "ERR You can't specify both OPTIN mode and OPTOUT mode";

    /** CLIENT TRACKING ON switching between OPTIN and OPTOUT while tracking. */
    public static final String TRACKING_OPT_SWITCH = "ERR You can't switch OPTIN/OPTOUT mode before disabling "
            + "tracking for this client, and then re-enabling it with a different mode.";

    /** CLIENT CACHING without tracking. */
    public static final String CACHING_NOT_TRACKING = "ERR CLIENT CACHING can be called only when the client is in "
            + "tracking mode with OPTIN or OPTOUT mode enabled";

    /** CLIENT CACHING YES outside OPTIN mode. */
    public static final String CACHING_YES_NEEDS_OPTIN = "ERR CLIENT CACHING YES is only valid when tracking is "
            + "enabled in OPTIN mode.";

    /** CLIENT CACHING NO outside OPTOUT mode. */
    public static final String CACHING_NO_NEEDS_OPTOUT = "ERR CLIENT CACHING NO is only valid when tracking is "
            + "enabled in OPTOUT mode.";

    /**
     * A BCAST prefix that overlaps another ({@code ERR Prefix 'ab' overlaps with another
     * provided prefix 'a'. ...}).
     * @param prefix the new prefix
     * @param other the prefix it overlaps
     * @param existing whether the other one was registered before
     * @return the text
     */
    public static String trackingPrefixOverlap(String prefix, String other, boolean existing) {
        return "ERR Prefix '" + prefix + "' overlaps with " + (existing ? "an existing" : "another provided")
                + " prefix '" + other + "'. Prefixes for a single client must not overlap.";
    }

    /** A MONITOR client running a keyspace command (Redis flags monitors as replicas). */
    public static final String MONITOR_KEYSPACE = "ERR Replica can't interact with the keyspace";

    /**
     * A command whose handler failed unexpectedly (a bug in the test server, not in the
     * caller): {@code ERR internal error in get: IllegalStateException: ...}.
     * @param command the command name
     * @param failure what the handler threw
     * @return the text
     */
    public static String internal(String command, RuntimeException failure) {
        String message = (failure.getMessage() != null)
                ? ": " + failure.getMessage().replace('\r', ' ').replace('\n', ' ') : "";
        return "ERR internal error in " + command.toLowerCase(java.util.Locale.ROOT) + ": "
                + failure.getClass().getSimpleName() + message;
    }

    /**
     * {@code ERR XREAD command is not allowed with BLOCK option from scripts}.
     * @param command the command name, upper case
     * @return the text
     */
    public static String blockFromScript(String command) {
        return "ERR " + command + " command is not allowed with BLOCK option from scripts";
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

}
