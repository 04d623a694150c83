package kz.koshi.stay;

import kz.koshi.stay.rules.PermitRules;
import kz.koshi.stay.rules.StayEngine;
import kz.koshi.stay.rules.StayRuleBook;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The rule book's defaults come from stay-rules.properties; any property can be overridden as usual. The book is
 * bound here, not by an annotation on it, so that the rule engine ({@code stay.rules}) stays free of Spring.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource(value = "classpath:kz/koshi/stay/stay-rules.properties", encoding = "UTF-8")
@EnableScheduling
class StayRulesConfig {

    @Bean
    StayRuleBook stayRuleBook(Environment environment) {
        return Binder.get(environment).bind("koshi.stay.rules", StayRuleBook.class)
                .orElseThrow(() -> new IllegalStateException("koshi.stay.rules is not configured"));
    }

    @Bean
    StayEngine stayEngine(StayRuleBook book) {
        return new StayEngine(book);
    }

    @Bean
    PermitRules permitRules(StayRuleBook book) {
        return new PermitRules(book);
    }
}
