package kz.koshi.access;

import java.io.IOException;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** Pages and API alike send no referrer to other sites and allow no device; production's cookie is Secure. */
@DatabaseTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesSendReferrerAndPermissionsPolicies() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                .andExpect(header().string("Permissions-Policy", containsString("microphone=()")))
                .andExpect(header().string("Permissions-Policy", containsString("geolocation=()")));
    }

    @Test
    void theApiSendsThemToo() throws Exception {
        mvc.perform(get("/api/v1/reference/regions").header("Authorization", "Bearer koshi-demo-border"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")));
        mvc.perform(get("/api/v1/reference/regions"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void thePostgresProfileMakesTheSessionCookieSecureUnlessToldOtherwise() throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new ResourcePropertySource(new ClassPathResource("application-postgres.properties")));
        PropertySourcesPropertyResolver resolver = new PropertySourcesPropertyResolver(sources);
        assertThat(resolver.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isTrue();
        assertThat(resolver.getProperty("server.forward-headers-strategy")).isEqualTo("none");
    }
}
