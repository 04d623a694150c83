package kz.koshi.border.booth;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The booth's server timing, on the booth's own pages only. */
@Configuration
class BoothConfig {

    @Bean
    FilterRegistrationBean<ServerTiming> boothServerTiming() {
        FilterRegistrationBean<ServerTiming> registration = new FilterRegistrationBean<>(new ServerTiming());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE); // the whole request, security included
        registration.addUrlPatterns("/border", "/border/mrz", "/border/crossings", "/border/crossings/*", "/border/late");
        return registration;
    }
}
