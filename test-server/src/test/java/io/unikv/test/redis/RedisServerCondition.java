package io.unikv.test.redis;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Disables tests when no {@code redis-server} binary is available, or fails them instead
 * when the environment variable {@code UNIKV_REQUIRE_REDIS} is {@code true} (as on CI,
 * where a silently skipped suite would hide a broken setup). Registered by
 * {@link RealRedis}; stateless and thread-safe.
 *
 * @author unikv authors
 */
public final class RedisServerCondition implements ExecutionCondition {

    static final String ENV_REQUIRE = "UNIKV_REQUIRE_REDIS";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return evaluate(System.getenv());
    }

    /**
     * Decides for the given environment.
     * @param env the environment to read {@code PATH}, {@code UNIKV_REDIS_SERVER} and
     * {@code UNIKV_REQUIRE_REDIS} from
     * @return enabled if the binary exists, disabled with the reason otherwise
     * @throws IllegalStateException if the binary is missing but required
     */
    static ConditionEvaluationResult evaluate(Map<String, String> env) {
        Optional<Path> binary = RedisServerBinary.locate(env);
        if (binary.isPresent()) {
            return ConditionEvaluationResult.enabled("redis-server found at " + binary.get());
        }
        String message = RedisServerBinary.missingMessage(env);
        if (Boolean.parseBoolean(env.get(ENV_REQUIRE))) {
            throw new IllegalStateException(message + "; failing because " + ENV_REQUIRE + "=true");
        }
        return ConditionEvaluationResult.disabled(message);
    }

}
