package kz.koshi.access;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The headers every answer carries, pages and API alike, besides Spring Security's defaults: a content
 * security policy without inline script, no referrer to other sites (Koshi's addresses name cases and
 * persons), and no camera, microphone, location or other device for any page (only features browsers know,
 * so that the console stays clean).
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), "
            + "hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), "
            + "screen-wake-lock=(), xr-spatial-tracking=(), browsing-topics=()";

    private SecurityHeaders() {
    }

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS));
    }
}
