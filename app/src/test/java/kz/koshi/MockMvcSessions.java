package kz.koshi;

import java.util.List;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Tests: the sessions are in the database (Spring Session JDBC) as in production; a MockMvc test that carries a
 * {@code MockHttpSession} from request to request carries the database session's id in it (instead of the SESSION
 * cookie, which MockMvc does not keep), and a session ended in the database ends the carrier too. A requested
 * session id set on a mock request stands for the cookie. Requests over real HTTP (browser tests, the two-node test)
 * use the cookie. Flash attributes a test hands in ({@code flashAttr}), which MockMvc puts in the mock session, are
 * found there too.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class MockMvcSessions {

    static final String SESSION_ID = MockMvcSessions.class.getName() + ".id";

    @Bean
    HttpSessionIdResolver sessionIdInMockSessionOrCookie() {
        CookieHttpSessionIdResolver cookie = new CookieHttpSessionIdResolver();
        return new HttpSessionIdResolver() {
            @Override
            public List<String> resolveSessionIds(HttpServletRequest request) {
                if (!(innermost(request) instanceof MockHttpServletRequest mock)) {
                    return cookie.resolveSessionIds(request);
                }
                HttpSession carrier = mock.getSession(false);
                Object id = carrier == null ? null : carrier.getAttribute(SESSION_ID);
                if (id == null && mock.getRequestedSessionId() != null) {
                    return List.of(mock.getRequestedSessionId());
                }
                return id == null ? List.of() : List.of(id.toString());
            }

            @Override
            public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
                if (innermost(request) instanceof MockHttpServletRequest mock) {
                    mock.getSession(true).setAttribute(SESSION_ID, sessionId);
                } else {
                    cookie.setSessionId(request, response, sessionId);
                }
            }

            @Override
            public void expireSession(HttpServletRequest request, HttpServletResponse response) {
                if (innermost(request) instanceof MockHttpServletRequest mock) {
                    HttpSession carrier = mock.getSession(false);
                    if (carrier != null) {
                        carrier.invalidate();
                    }
                } else {
                    cookie.expireSession(request, response);
                }
            }
        };
    }

    @Bean
    static BeanPostProcessor flashAttributesGivenByTests() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof SessionFlashMapManager ? new FlashMapsInMockSessionToo() : bean;
            }
        };
    }

    /** The flash maps of the database session, or else those a test put in its mock session (used once). */
    static final class FlashMapsInMockSessionToo extends SessionFlashMapManager {
        @Override
        @SuppressWarnings("unchecked")
        protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
            List<FlashMap> kept = super.retrieveFlashMaps(request);
            if (kept != null || !(innermost(request) instanceof MockHttpServletRequest mock) || mock.getSession(false) == null) {
                return kept;
            }
            HttpSession carrier = mock.getSession(false);
            String attribute = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";
            List<FlashMap> given = (List<FlashMap>) carrier.getAttribute(attribute);
            carrier.removeAttribute(attribute);
            return given;
        }
    }

    private static ServletRequest innermost(ServletRequest request) {
        ServletRequest current = request;
        while (current instanceof HttpServletRequestWrapper wrapper) {
            current = wrapper.getRequest();
        }
        return current;
    }
}
