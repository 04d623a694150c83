package kz.koshi.identity;

import java.util.Set;

import kz.koshi.identity.engine.Field;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #13: the review page's explanation names each field and comparison level in words, never surname/exact. */
class ReviewWordsTest {

    @Test
    void everyFieldAndLevelOfTheEngineHasAName() throws Exception {
        java.util.Properties bundle = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/messages_en.properties")) {
            bundle.load(in);
        }
        Set<String> keys = bundle.stringPropertyNames();
        for (Field field : Field.values()) {
            assertThat(keys).contains("identity.field." + field.key());
            field.levels().forEach(level -> assertThat(keys).contains("identity.review.level." + level));
        }
    }
}
