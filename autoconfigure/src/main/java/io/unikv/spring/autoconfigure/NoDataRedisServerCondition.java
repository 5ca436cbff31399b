package io.unikv.spring.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code spring.data.redis.*} names no server, so the application's own
 * Redis settings always win over the embedded server.
 *
 * @author unikv authors
 */
class NoDataRedisServerCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return EmbeddedBackendCondition.redisConfigured(context.getEnvironment())
                ? ConditionOutcome.noMatch("spring.data.redis.* names a server")
                : ConditionOutcome.match("spring.data.redis.* names no server");
    }

}
