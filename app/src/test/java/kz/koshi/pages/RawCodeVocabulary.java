package kz.koshi.pages;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The strings that must never reach a page as they are: every constant of every enum in {@code kz.koshi}, every
 * message key, and the codes of the reference data (agencies, crisis centres, checkpoints, regions).
 */
record RawCodeVocabulary(Set<String> enumConstants, Set<String> messageKeys, Set<String> referenceCodes) {

    static RawCodeVocabulary load(JdbcClient jdbc) {
        Set<String> codes = new TreeSet<>();
        codes.addAll(jdbc.sql("select code from agency").query(String.class).list());
        codes.addAll(jdbc.sql("select code from border_checkpoint").query(String.class).list());
        codes.addAll(jdbc.sql("select code from region").query(String.class).list());
        return new RawCodeVocabulary(allEnumConstants(), allMessageKeys(), codes);
    }

    /** Constants of two letters or more (one letter, e.g. a sex M/F/X on a card, is the MRZ's own alphabet). */
    static Set<String> allEnumConstants() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scan.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        return scan.findCandidateComponents("kz.koshi").stream()
                .flatMap(bean -> Arrays.stream(load(bean.getBeanClassName()).getEnumConstants()))
                .map(constant -> ((Enum<?>) constant).name())
                .filter(name -> name.length() > 1)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> allMessageKeys() {
        Properties bundle = new Properties();
        try (InputStream in = RawCodeVocabulary.class.getResourceAsStream("/messages_en.properties")) {
            bundle.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bundle.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RawCodeVocabulary.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
