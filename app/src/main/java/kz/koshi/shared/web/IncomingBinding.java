package kz.koshi.shared.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import kz.koshi.shared.DateMeaning;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Query parameters and path variables read as dates go through the same bounds as JSON bodies
 * ({@link IncomingValues}): a date the platform does not read is a type mismatch of its parameter (a 400 naming it),
 * never a query the database cannot run. Form objects are left to their own constraints ({@code @SaneDate}): a
 * conversion failure there would leave the form without its object, so they are not given this editor. Text is
 * checked for every parameter by {@link IncomingText}. Only binding is configured here, for every controller.
 */
@ControllerAdvice
class IncomingBinding {

    @InitBinder
    void checks(WebDataBinder binder) {
        if (binder.getTarget() == null && binder.getTargetType() == null) {
            binder.registerCustomEditor(LocalDate.class, new IsoDateEditor());
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
