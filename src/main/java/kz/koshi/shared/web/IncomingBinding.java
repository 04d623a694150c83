package kz.koshi.shared.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import kz.koshi.shared.CleanText;
import kz.koshi.shared.DateMeaning;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form fields, query parameters and path variables go through the same checks as JSON bodies
 * ({@link IncomingValues}): unclean text and dates the platform does not read are refused as a type mismatch
 * of their field (a form error on the page, a 400 naming the parameter on the API), never stored, never a 500.
 * Only binding is configured here, for every controller; errors are answered by each side's own handler.
 */
@ControllerAdvice
class IncomingBinding {

    @InitBinder
    void checks(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanTextEditor());
        binder.registerCustomEditor(LocalDate.class, new IsoDateEditor());
    }

    /** Keeps text as given (no trimming: the commands decide that), refusing what {@link CleanText} refuses. */
    static final class CleanTextEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (!CleanText.isClean(text)) {
                throw new IllegalArgumentException("text not accepted");
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }

    /** An ISO date ({@code 2026-03-01}); empty is no date. Dates the platform does not read are refused. */
    static final class IsoDateEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            try {
                LocalDate date = LocalDate.parse(text.strip());
                if (!DateMeaning.isReadable(date)) {
                    throw new IllegalArgumentException("date not accepted");
                }
                setValue(date);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not an ISO date");
            }
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
