package io.unikv.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Implements a blocking interface over objects that implement its methods (same name and
 * parameters) either directly or returning a {@link CompletableFuture}, which is awaited.
 * This is how the sync {@link io.unikv.RedisStore} is written once over the async command
 * families, as Lettuce does. Method lookups are cached.
 *
 * @author unikv authors
 */
public final class SyncInvocationHandler implements InvocationHandler {

    private final String name;

    private final Object[] targets;

    private final Map<Method, Target> cache = new ConcurrentHashMap<>();

    private SyncInvocationHandler(String name, Object[] targets) {
        this.name = name;
        this.targets = targets;
    }

    /**
     * Create a proxy.
     * @param <T> the interface type
     * @param type the interface to implement
     * @param targets the objects that implement its methods, searched in order
     * @return the proxy
     */
    public static <T> T create(Class<T> type, Object... targets) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                new SyncInvocationHandler(type.getSimpleName(), targets));
        return type.cast(proxy);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "unikv " + this.name;
            };
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        Target target = this.cache.computeIfAbsent(method, this::resolve);
        try {
            Object result = target.method().invoke(target.object(), args);
            return target.await() ? Futures.await((CompletableFuture<?>) result) : result;
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }

    private Target resolve(Method method) {
        for (Object object : this.targets) {
            try {
                Method candidate = object.getClass().getMethod(method.getName(), method.getParameterTypes());
                boolean await = CompletableFuture.class.isAssignableFrom(candidate.getReturnType())
                        && !CompletableFuture.class.isAssignableFrom(method.getReturnType());
                candidate.setAccessible(true);
                return new Target(object, candidate, await);
            }
            catch (NoSuchMethodException ex) {
                // try the next target
            }
        }
        throw new IllegalStateException("No implementation of " + method);
    }

    private record Target(Object object, Method method, boolean await) {
    }

}
