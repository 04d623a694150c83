package kz.koshi.access;

import kz.koshi.audit.AuditTrail;
import kz.koshi.shared.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Two doors. The API ({@code /api/**}, {@code /actuator/**}) is stateless and takes agency-system bearer
 * tokens only. Everything else is for people: form login, CSRF, session fixation protection, sign-in
 * throttled by source address. Both send the same security headers ({@link SecurityHeaders}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AuditTrail audit, AnonymousRefusals anonymous,
                           ProblemWriter writer) throws Exception {
        ApiProblemHandlers problems = new ApiProblemHandlers(writer, audit, anonymous);
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                            .requestMatchers("/actuator/prometheus").hasAuthority(ApiScope.METRICS_READ.authority())
                            // Open to anyone, no token (e.g. the licence check of employment agencies): each such
                            // endpoint limits its callers by address itself and answers no personal data.
                            .requestMatchers("/api/v1/public/**").permitAll()
                            // Migrant cards: anyone may check a card's status and verify its credential (least data).
                            .requestMatchers(HttpMethod.GET, "/api/v1/cards/keys", "/api/v1/cards/{number}").permitAll()
                            .requestMatchers(HttpMethod.POST, "/api/v1/cards/verification").permitAll();
                    // Writes are also checked here, at the door: a caller without the scope gets 403, never a 400
                    // about its body.
                    ScopesAtTheDoor.apply(a);
                    a.anyRequest().hasRole("SYSTEM");
                })
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, anonymous, problems), AuthorizationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable()) // bearer tokens are not sent by browsers on their own: nothing to forge
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityHeaders::apply);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuditTrail audit, AnonymousRefusals anonymous, LoginThrottle throttle)
            throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/verify", "/verify/**").permitAll()
                        // The public site of agency licensing: the licence check and opening an applicant account.
                        .requestMatchers("/public/**").permitAll()
                        // The kandas survey is filled in by families before they come: no account (docs/kandas.md).
                        .requestMatchers("/kandas/survey", "/kandas/survey/**").permitAll()
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/admin/audit", "/admin/audit/**").hasAnyRole("ADMIN", "PROSECUTOR")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                // Every failed sign-in gets the same answer, whatever the user name: no account is ever locked.
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?error"))
                .addFilterBefore(new LoginThrottleFilter(throttle, anonymous), UsernamePasswordAuthenticationFilter.class)
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("SESSION"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()).invalidSessionUrl("/login?expired"))
                .exceptionHandling(e -> e.accessDeniedHandler(new WebAccessDeniedHandler(audit, anonymous)))
                .headers(SecurityHeaders::apply);
        return http.build();
    }
}
