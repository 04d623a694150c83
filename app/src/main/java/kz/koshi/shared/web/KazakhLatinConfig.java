package kz.koshi.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;

/** Wraps the platform's message source so that Kazakh can be read in Latin script ({@link KazakhLatinMessages}). */
@Configuration(proxyBeanMethods = false)
class KazakhLatinConfig {

    @Bean
    static BeanPostProcessor kazakhLatinMessages() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(name) && bean instanceof MessageSource source
                        && !(bean instanceof KazakhLatinMessages) ? new KazakhLatinMessages(source) : bean;
            }
        };
    }
}
