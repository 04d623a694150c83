package kz.koshi.pages;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.validation.Constraint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #13: no validator default ("must not be blank", "size must be between") on a page or in a ProblemDetail.
 * Every constraint on a field, record component, method or parameter in {@code kz.koshi} names a message of the
 * bundles, or keeps the validator's default and the bundles hold the constraint's own code (e.g. {@code Min}),
 * which Spring resolves before any default.
 */
class ValidatorMessagesTest {

    @Test
    void everyConstraintHasAMessageInTheBundles() {
        Set<String> keys = RawCodeVocabulary.allMessageKeys();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : classes()) {
            for (AnnotatedElement element : elements(type)) {
                for (Annotation constraint : element.getAnnotations()) {
                    if (constraint.annotationType().isAnnotationPresent(Constraint.class)) {
                        checked++;
                        if (!hasMessage(constraint, keys)) {
                            missing.add(element + " @" + constraint.annotationType().getSimpleName());
                        }
                    }
                }
            }
        }
        assertThat(checked).as("constraints found in kz.koshi").isGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    @Test
    void theCheckSeesAConstraintWithoutABundleMessage() {
        assertThat(hasMessage(annotation("blank"), Set.of())).isFalse();
        assertThat(hasMessage(annotation("blank"), Set.of("NotBlank"))).isTrue();
        assertThat(hasMessage(annotation("named"), Set.of("NotBlank"))).isFalse();
        assertThat(hasMessage(annotation("named"), Set.of("koshi.test.named"))).isTrue();
    }

    @jakarta.validation.constraints.NotBlank
    private String blank;
    @jakarta.validation.constraints.NotBlank(message = "{koshi.test.named}")
    private String named;

    private static Annotation annotation(String field) {
        try {
            return ValidatorMessagesTest.class.getDeclaredField(field).getAnnotations()[0];
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean hasMessage(Annotation constraint, Set<String> keys) {
        String message;
        try {
            message = (String) constraint.annotationType().getMethod("message").invoke(constraint);
        } catch (ReflectiveOperationException e) {
            return false;
        }
        boolean own = message.startsWith("{") && message.endsWith("}") && !message.startsWith("{jakarta.validation.")
                && !message.startsWith("{org.hibernate.");
        return own ? keys.contains(message.substring(1, message.length() - 1)) : keys.contains(constraint.annotationType().getSimpleName());
    }

    private static List<AnnotatedElement> elements(Class<?> type) {
        List<AnnotatedElement> elements = new ArrayList<>();
        elements.addAll(Arrays.asList(type.getDeclaredFields()));
        Stream.of(type.getDeclaredMethods()).forEach(m -> {
            elements.add(m);
            elements.addAll(Arrays.asList(m.getParameters()));
        });
        Stream.of(type.getDeclaredConstructors()).forEach(c -> elements.addAll(Arrays.asList(c.getParameters())));
        return elements;
    }

    private static List<Class<?>> classes() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scan.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().startsWith("kz.koshi."));
        Set<String> names = new TreeSet<>();
        scan.findCandidateComponents("kz.koshi").forEach(bean -> names.add(bean.getBeanClassName()));
        names.removeIf(name -> name.contains("Test") || name.startsWith("kz.koshi.pages."));
        return names.stream().<Class<?>>map(ValidatorMessagesTest::load).toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ValidatorMessagesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
