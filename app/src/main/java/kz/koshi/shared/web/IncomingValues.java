package kz.koshi.shared.web;

import java.time.Instant;
import java.time.LocalDate;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.module.SimpleModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every JSON body is read through the platform's checks for text, dates and instants
 * ({@link CheckedValueDeserializer}); forms and parameters get the same checks from {@link IncomingBinding}.
 */
@Configuration(proxyBeanMethods = false)
class IncomingValues {

    @Bean
    SimpleModule incomingValueChecks() {
        SimpleModule module = new SimpleModule("koshi-incoming-values");
        module.setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                                                           ValueDeserializer<?> deserializer) {
                Class<?> type = bean.getBeanClass();
                if (type == String.class) {
                    return CheckedValueDeserializer.text(deserializer);
                } else if (type == LocalDate.class) {
                    return CheckedValueDeserializer.date(deserializer);
                } else if (type == Instant.class) {
                    return CheckedValueDeserializer.instant(deserializer);
                }
                return deserializer;
            }
        });
        return module;
    }

}
