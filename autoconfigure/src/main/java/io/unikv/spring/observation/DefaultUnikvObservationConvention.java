package io.unikv.spring.observation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.unikv.KvServerException;
import io.unikv.spring.observation.UnikvObservationDocumentation.HighCardinalityKeyNames;
import io.unikv.spring.observation.UnikvObservationDocumentation.LowCardinalityKeyNames;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Request;

/**
 * The default naming of unikv observations: name {@value #NAME} (OpenTelemetry's database
 * client metric), contextual (span) name the operation name, and the keys of
 * {@link UnikvObservationDocumentation}. Keys and values of commands are never recorded
 * unless {@code recordArguments} is set, and then only on spans ({@code db.query.text},
 * each argument cut to {@value #MAX_ARGUMENT_LENGTH} characters). Thread-safe; the tag
 * sets of successful operations are computed once per observed transport and operation.
 *
 * @author unikv authors
 */
public class DefaultUnikvObservationConvention implements UnikvObservationConvention {

    /** The observation and metric name. */
    public static final String NAME = "db.client.operation.duration";

    /** The longest argument text recorded in {@code db.query.text}. */
    public static final int MAX_ARGUMENT_LENGTH = 100;

    private static final KeyValue SYSTEM = LowCardinalityKeyNames.DB_SYSTEM_NAME.withValue("redis");

    /** Bound on cached key-value sets per target (operation names are few). */
    private static final int CACHE_LIMIT = 1024;

    private final boolean recordArguments;

    /**
     * A convention that never records arguments.
     */
    public DefaultUnikvObservationConvention() {
        this(false);
    }

    /**
     * A convention that records arguments in spans if asked to.
     * @param recordArguments whether to record {@code db.query.text} with the arguments
     * (keys and values: off by default)
     */
    public DefaultUnikvObservationConvention(boolean recordArguments) {
        this.recordArguments = recordArguments;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(UnikvObservationContext context) {
        return operationName(context.getRequest());
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(UnikvObservationContext context) {
        if (context.getError() != null || context.getErrorReply() != null) {
            return keyValues(context);
        }
        // the common case (no error) has few distinct tag sets: compute each once
        Map<String, KeyValues> byOperation = context.keyValuesCache();
        if (byOperation == null) {
            return keyValues(context);
        }
        String key = operationName(context.getRequest());
        Integer batchSize = context.getBatchSize();
        if (batchSize != null) {
            key = key + '#' + batchSize;
        }
        KeyValues cached = byOperation.get(key);
        if (cached == null) {
            cached = keyValues(context);
            if (byOperation.size() < CACHE_LIMIT) {
                byOperation.put(key, cached);
            }
        }
        return cached;
    }

    private KeyValues keyValues(UnikvObservationContext context) {
        UnikvObservationTarget target = context.getTarget();
        Integer batchSize = context.getBatchSize();
        Reply.Error errorReply = context.getErrorReply();
        String statusCode = (errorReply != null) ? errorCode(errorReply.message()) : KeyValue.NONE_VALUE;
        return KeyValues.of(SYSTEM,
                LowCardinalityKeyNames.DB_OPERATION_NAME.withValue(operationName(context.getRequest())),
                LowCardinalityKeyNames.DB_OPERATION_BATCH_SIZE
                    .withValue((batchSize != null) ? batchSize.toString() : KeyValue.NONE_VALUE),
                LowCardinalityKeyNames.DB_RESPONSE_STATUS_CODE.withValue(statusCode),
                LowCardinalityKeyNames.ERROR_TYPE.withValue(errorType(context, statusCode)),
                LowCardinalityKeyNames.SERVER_ADDRESS.withValue(target.serverAddress()),
                LowCardinalityKeyNames.SERVER_PORT.withValue(Integer.toString(target.serverPort())),
                LowCardinalityKeyNames.UNIKV_BACKEND.withValue(target.backend()),
                LowCardinalityKeyNames.UNIKV_REGION.withValue(target.region()));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(UnikvObservationContext context) {
        if (!this.recordArguments) {
            return KeyValues.empty();
        }
        return KeyValues.of(HighCardinalityKeyNames.DB_QUERY_TEXT.withValue(queryText(context.getRequest())));
    }

    /**
     * Return OpenTelemetry's operation name of a request: the command for a single
     * command, {@code PIPELINE} or {@code MULTI} for a batch, followed by the command
     * when every command of the batch has the same name.
     * @param request the request
     * @return the operation name
     */
    protected String operationName(Request request) {
        List<Command> commands = request.commands();
        String first = commands.get(0).name();
        if (request.mode() == Request.Mode.SINGLE) {
            return first;
        }
        String prefix = (request.mode() == Request.Mode.TRANSACTION) ? "MULTI" : "PIPELINE";
        for (Command command : commands) {
            if (!command.name().equals(first)) {
                return prefix;
            }
        }
        return prefix + " " + first;
    }

    private static String errorCode(String message) {
        // Redis's error prefix is the first word; KvServerException reads it the same way
        int end = message.indexOf(' ');
        String code = (end < 0) ? message : message.substring(0, end);
        return code.isEmpty() ? "ERR" : code;
    }

    private static String errorType(UnikvObservationContext context, String statusCode) {
        Throwable error = context.getError();
        if (error instanceof KvServerException server) {
            return server.getErrorCode();
        }
        if (error != null) {
            return error.getClass().getName();
        }
        return statusCode;
    }

    private static String queryText(Request request) {
        StringJoiner text = new StringJoiner("; ");
        for (Command command : request.commands()) {
            StringBuilder one = new StringBuilder(command.name());
            for (byte[] arg : command.args()) {
                String value = new String(arg, StandardCharsets.UTF_8);
                one.append(' ')
                    .append((value.length() > MAX_ARGUMENT_LENGTH) ? value.substring(0, MAX_ARGUMENT_LENGTH) + "..."
                            : value);
            }
            text.add(one);
        }
        return text.toString();
    }

}
