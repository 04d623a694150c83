package kz.koshi.reporting.replay;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One listener method of a projection, as the event publication registry names it (Spring's listener id: the declaring
 * class, the method and its parameter types, unless the annotation gives an id), and how to call it directly on the
 * projection itself, in the caller's transaction and thread (not through the asynchronous proxy).
 */
record ProjectionListener(String id, Object target, Method method) {

    static ProjectionListener of(Object target, Method method, String givenId) {
        String id = givenId != null && !givenId.isBlank() ? givenId : method.getDeclaringClass().getName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(",", "(", ")"));
        method.setAccessible(true);
        return new ProjectionListener(id, target, method);
    }

    Class<?> eventType() {
        return method.getParameterTypes()[0];
    }

    void deliver(Object event) {
        try {
            method.invoke(target, event);
        } catch (InvocationTargetException failed) {
            throw failed.getCause() instanceof RuntimeException e ? e : new IllegalStateException(failed.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
