package kz.koshi.reporting.replay;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.koshi.reporting.Projection;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.ReflectionUtils;

/**
 * Every projection and its listener methods ({@code @ApplicationModuleListener}, which is a
 * {@code @TransactionalEventListener}), by the listener id the event publication registry records.
 */
@Component
class ProjectionListeners {

    private final List<Projection> projections;
    private final Map<String, ProjectionListener> byId = new LinkedHashMap<>();

    ProjectionListeners(List<Projection> projections) {
        this.projections = List.copyOf(projections);
        for (Projection projection : projections) {
            Object target = unproxied(projection);
            ReflectionUtils.doWithMethods(target.getClass(), method -> add(target, method));
        }
    }

    private void add(Object target, Method method) {
        TransactionalEventListener listener = AnnotatedElementUtils.findMergedAnnotation(method, TransactionalEventListener.class);
        if (listener != null && method.getParameterCount() == 1 && !method.isBridge()) {
            ProjectionListener found = ProjectionListener.of(target, method, listener.id());
            byId.put(found.id(), found);
        }
    }

    private static Object unproxied(Object bean) {
        Object target = bean;
        for (Object inner = AopProxyUtils.getSingletonTarget(target); inner != null; inner = AopProxyUtils.getSingletonTarget(target)) {
            target = inner;
        }
        return target;
    }

    List<Projection> projections() {
        return projections;
    }

    Map<String, ProjectionListener> byId() {
        return byId;
    }
}
