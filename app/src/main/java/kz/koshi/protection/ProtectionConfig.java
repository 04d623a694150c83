package kz.koshi.protection;

import kz.koshi.protection.rules.EligibilityRules;
import kz.koshi.protection.rules.ReflectionRules;
import kz.koshi.protection.rules.ServicePeriodRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProtectionProperties.class)
@EnableScheduling
class ProtectionConfig {

    @Bean
    ReflectionRules reflectionRules(ProtectionProperties properties) {
        return properties.reflectionRules();
    }

    @Bean
    ServicePeriodRules servicePeriodRules(ProtectionProperties properties) {
        return properties.servicePeriodRules();
    }

    @Bean
    EligibilityRules eligibilityRules(ProtectionProperties properties) {
        return properties.eligibilityRules();
    }
}
