package kz.koshi.border;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** A border officer's session with a booth shift opened the way the officer opens it: lane 3, entry. */
final class BoothShifts {

    private BoothShifts() {
    }

    static MockHttpSession openAt(MockMvc mvc, String checkpoint, RequestPostProcessor... officer) throws Exception {
        MockHttpSession session = new MockHttpSession();
        var request = post("/border/shift").session(session).with(csrf()).param("checkpoint", checkpoint).param("lane", "3")
                .param("direction", "ENTRY");
        for (RequestPostProcessor o : officer) {
            request = request.with(o);
        }
        mvc.perform(request).andExpect(redirectedUrl("/border"));
        return session;
    }
}
