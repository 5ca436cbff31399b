package io.unikv.testserver;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a {@link UnikvTestServer} started for it.
 *
 * <pre class="code">
 * &#64;UnikvTest(manualClock = true)
 * class CacheTests {
 *
 *     &#64;Test
 *     void expires(UnikvTestServer server, MutableClock clock) {
 *         RedisClient client = RedisClient.create(server.redisUri());
 *         ...
 *         server.advanceClock(Duration.ofSeconds(2));
 *     }
 *
 * }
 * </pre>
 *
 * The server starts on free ports before it is first needed and stops after the class.
 * {@link UnikvTestServer} (and {@link MutableClock} with {@link #manualClock()}) can be
 * parameters of constructors, test methods and lifecycle methods, static or not. Before
 * each test every database is flushed and every fault cleared; the clock is not reset.
 * {@code @Nested} classes share the server of the enclosing class unless they carry their
 * own {@code @UnikvTest}.
 *
 * @author unikv authors
 * @see UnikvTestExtension
 */
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(UnikvTestExtension.class)
public @interface UnikvTest {

    /**
     * The token clients must present: the REST bearer token and the RESP password.
     * @return the token, empty (the default) for none
     */
    String token() default "";

    /**
     * A token that may only read (RESP user {@code default_ro}).
     * @return the token, empty (the default) for none
     */
    String readOnlyToken() default "";

    /**
     * Whether the server takes time from a {@link MutableClock} the test moves with
     * {@link UnikvTestServer#advanceClock(java.time.Duration)}. The clock starts at the
     * current time.
     * @return whether to use a manual clock; {@code false} (the system clock) by default
     */
    boolean manualClock() default false;

    /**
     * Regions in the form {@code name[:lag[~jitter]]}, the primary first, for example
     * {@code {"us-east-1", "eu-west-1:150ms", "ap-southeast-1:300ms~100ms"}}; reach them
     * with {@link UnikvTestServer#region(String)}.
     * @return the regions; empty (the default) for one region
     */
    String[] regions() default {};

}
