package kz.koshi.shared.web;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.beanvalidation.MethodValidationAdapter;
import org.springframework.validation.method.MethodValidationException;
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

    /** A method validated through a proxy, as a {@code @Validated} controller is. */
    static class Batches {
        @NotBlank
        String take(@Size(min = 1, max = 3) List<String> batch) {
            return "";
        }
    }

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    private final Method take = Batches.class.getDeclaredMethod("take", List.class);

    ApiExceptionHandlerTest() throws NoSuchMethodException {
    }

    @Test
    void aParameterFailingMethodValidationIs400NamingIt() throws Exception {
        ProblemDetail proxy = handler.constraintViolation(new ConstraintViolationException(
                validator.forExecutables().validateParameters(new Batches(), take, new Object[] {List.of()})));
        assertThat(proxy.getStatus()).isEqualTo(400);
        assertThat(proxy.getProperties()).extractingByKey("errors").asString().contains("field=batch").contains("1").contains("3");

        ResponseEntity<Object> adapted = handler.handleException(new MethodValidationException(new MethodValidationAdapter()
                .validateArguments(new Batches(), take, null, new Object[] {List.of()}, new Class<?>[0])), request);
        assertThat(adapted.getStatusCode().value()).isEqualTo(400);
        assertThat(adapted.getBody()).isInstanceOfSatisfying(ProblemDetail.class, p -> assertThat(p.getProperties())
                .extractingByKey("errors").asString().contains("field=batch"));
    }

    @Test
    void aReturnValueFailingMethodValidationIsTheServersFault() throws Exception {
        ProblemDetail proxy = handler.constraintViolation(new ConstraintViolationException(
                validator.forExecutables().validateReturnValue(new Batches(), take, "")));
        assertThat(proxy.getStatus()).isEqualTo(500);
        ResponseEntity<Object> adapted = handler.handleException(new MethodValidationException(new MethodValidationAdapter()
                .validateReturnValue(new Batches(), take, null, "", new Class<?>[0])), request);
        assertThat(adapted.getStatusCode().value()).isEqualTo(500);
    }

    private void assertAnswered(Exception e, int status, String type) throws Exception {
        ResponseEntity<Object> answer = handler.handleException(e, request);
        assertThat(answer).as(e.getClass().getSimpleName()).isNotNull();
        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertThat(answer.getBody()).isInstanceOfSatisfying(ProblemDetail.class,
                p -> assertThat(p.getType()).hasToString("urn:koshi:problem:" + type));
    }
}
