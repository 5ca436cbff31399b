package io.unikv.spring.observation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.MeterObservationHandler;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;

/**
 * Records unikv observations as Micrometer's {@code DefaultMeterObservationHandler} does
 * (a timer named after the observation with its low-cardinality tags plus {@code error},
 * a long-task timer {@code <name>.active} unless ignored, a counter per event), but looks
 * each meter up once per tag set instead of on every call: a command costs a map lookup
 * rather than building, sorting and registering tags twice. Spring Boot puts meter
 * handlers in one group where the first that supports a context wins; this one is ordered
 * first and supports only {@link UnikvObservationContext}s, so every other observation
 * still goes to Boot's default handler. Thread-safe.
 *
 * @author unikv authors
 */
public final class UnikvMeterObservationHandler implements MeterObservationHandler<UnikvObservationContext>, Ordered {

    private static final int CACHE_LIMIT = 4096;

    private final Supplier<@Nullable MeterRegistry> registrySupplier;

    private volatile @Nullable MeterRegistry registry;

    private final boolean longTaskTimer;

    private final Map<KeyValues, Timer> timers = new ConcurrentHashMap<>();

    private final Map<KeyValues, LongTaskTimer> activeTimers = new ConcurrentHashMap<>();

    /**
     * Create the handler.
     * @param registry supplies the meter registry (asked until it supplies one, which is
     * then kept: it need not exist yet when the handler is created); while it supplies
     * none, the handler supports no context
     * @param longTaskTimer whether to record {@code <name>.active} long-task timers, as
     * Boot does unless {@code management.metrics.observations.ignored-meters} names them
     */
    public UnikvMeterObservationHandler(Supplier<@Nullable MeterRegistry> registry, boolean longTaskTimer) {
        this.registrySupplier = registry;
        this.longTaskTimer = longTaskTimer;
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return context instanceof UnikvObservationContext && resolve() != null;
    }

    @Override
    public void onStart(UnikvObservationContext context) {
        MeterRegistry registry = registry();
        if (this.longTaskTimer) {
            LongTaskTimer active = cached(this.activeTimers, context.getLowCardinalityKeyValues(),
                    (tags) -> LongTaskTimer.builder(context.getName() + ".active").tags(tags).register(registry));
            context.put(LongTaskTimer.Sample.class, active.start());
        }
        context.put(Timer.Sample.class, Timer.start(registry));
    }

    @Override
    public void onStop(UnikvObservationContext context) {
        MeterRegistry registry = registry();
        Timer.Sample sample = context.getRequired(Timer.Sample.class);
        Throwable error = context.getError();
        Timer timer;
        if (error == null) {
            timer = cached(this.timers, context.getLowCardinalityKeyValues(),
                    (tags) -> timer(registry, context.getName(), tags, "none"));
        }
        else {
            timer = timer(registry, context.getName(), tags(context.getLowCardinalityKeyValues()),
                    error.getClass().getSimpleName());
        }
        sample.stop(timer);
        LongTaskTimer.Sample active = context.get(LongTaskTimer.Sample.class);
        if (active != null) {
            active.stop();
        }
    }

    @Override
    public void onEvent(Observation.Event event, UnikvObservationContext context) {
        Counter.builder(context.getName() + "." + event.getName())
            .tags(tags(context.getLowCardinalityKeyValues()))
            .register(registry())
            .increment();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private @Nullable MeterRegistry resolve() {
        MeterRegistry registry = this.registry;
        if (registry == null) {
            registry = this.registrySupplier.get();
            this.registry = registry;
        }
        return registry;
    }

    private MeterRegistry registry() {
        MeterRegistry registry = resolve();
        if (registry == null) {
            throw new IllegalStateException("No MeterRegistry");
        }
        return registry;
    }

    private static Timer timer(MeterRegistry registry, String name, List<Tag> tags, String error) {
        List<Tag> all = new ArrayList<>(tags);
        all.add(Tag.of("error", error));
        return registry.timer(name, all);
    }

    private static <M> M cached(Map<KeyValues, M> cache, KeyValues keyValues, Function<List<Tag>, M> create) {
        M meter = cache.get(keyValues);
        if (meter == null) {
            meter = create.apply(tags(keyValues));
            if (cache.size() < CACHE_LIMIT) {
                cache.put(keyValues, meter);
            }
        }
        return meter;
    }

    private static List<Tag> tags(KeyValues keyValues) {
        List<Tag> tags = new ArrayList<>();
        for (KeyValue keyValue : keyValues) {
            tags.add(Tag.of(keyValue.getKey(), keyValue.getValue()));
        }
        return tags;
    }

}
