package io.unikv.spring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when the embedded server is the backend: {@code unikv.backend=embedded}, or no
 * backend chosen and none of {@code unikv.rest.url}, {@code unikv.regions} or a Redis
 * server under {@code spring.data.redis.*} configured (Boot's embedded-database habit).
 *
 * @author unikv authors
 */
class EmbeddedBackendCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        String backend = environment.getProperty("unikv.backend");
        if (StringUtils.hasText(backend)) {
            return backend.trim().equalsIgnoreCase("embedded") ? ConditionOutcome.match("unikv.backend is embedded")
                    : ConditionOutcome.noMatch("unikv.backend is " + backend);
        }
        if (StringUtils.hasText(environment.getProperty("unikv.rest.url"))) {
            return ConditionOutcome.noMatch("unikv.rest.url is set");
        }
        if (StringUtils.hasText(environment.getProperty("unikv.regions[0].name"))
                || StringUtils.hasText(environment.getProperty("unikv.regions[0].url"))
                || StringUtils.hasText(environment.getProperty("unikv.regions[0].redis-uri"))) {
            return ConditionOutcome.noMatch("unikv.regions is set");
        }
        if (redisConfigured(environment)) {
            return ConditionOutcome.noMatch("spring.data.redis.* names a server");
        }
        return ConditionOutcome.match("no unikv backend configured");
    }

    /**
     * Return whether {@code spring.data.redis.*} names a server (not just Boot's
     * localhost default).
     * @param environment the environment
     * @return whether a Redis server is configured
     */
    static boolean redisConfigured(Environment environment) {
        for (String property : new String[] { "spring.data.redis.url", "spring.data.redis.host",
                "spring.data.redis.port", "spring.data.redis.cluster.nodes", "spring.data.redis.sentinel.master" }) {
            if (StringUtils.hasText(environment.getProperty(property))) {
                return true;
            }
        }
        return false;
    }

}
