package kz.koshi.shared.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring's own problems pass through the handler, which must answer them, not throw (a stack trace in the log). */
class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler(new StaticMessageSource());
    private final ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest("POST", "/api/v1/crossings"));

    @Test
    void frameworkProblemsGetTheirStatusAndAStableTypeWithoutThrowing() throws Exception {
        assertAnswered(new HttpRequestMethodNotSupportedException("DELETE", Set.of("POST")), 405, "method-not-allowed");
        assertAnswered(new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON)), 406, "not-acceptable");
        assertAnswered(new HttpMediaTypeNotSupportedException(MediaType.TEXT_PLAIN, List.of(MediaType.APPLICATION_JSON),
                HttpMethod.POST), 415, "unsupported-media-type");
        assertAnswered(new MissingServletRequestParameterException("source", "String"), 400, "validation");
        assertAnswered(new MissingServletRequestPartException("file"), 400, "validation");
        assertAnswered(new NoResourceFoundException(HttpMethod.GET, "/api/v1/nothing", "api/v1/nothing"), 404, "not-found");
    }

    private void assertAnswered(Exception e, int status, String type) throws Exception {
        ResponseEntity<Object> answer = handler.handleException(e, request);
        assertThat(answer).as(e.getClass().getSimpleName()).isNotNull();
        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertThat(answer.getBody()).isInstanceOfSatisfying(ProblemDetail.class,
                p -> assertThat(p.getType()).hasToString("urn:koshi:problem:" + type));
    }
}
