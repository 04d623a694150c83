package kz.koshi.shared.web;

import kz.koshi.shared.DomainProblem;
import org.springframework.validation.BindingResult;

/**
 * Runs a form's action and turns its refusal into form errors: against the field the problem names when the
 * form has that field, else as an error of the whole form. The page is shown again, never an error page.
 */
public final class FormProblems {

    private FormProblems() {
    }

    /** True when the action ran; false when it was refused and the refusal is in {@code errors}. */
    public static boolean attempt(Runnable action, BindingResult errors) {
        try {
            action.run();
            return true;
        } catch (DomainProblem problem) {
            if (problem.field() != null && errors.getFieldType(problem.field()) != null) {
                errors.rejectValue(problem.field(), problem.getMessage());
            } else {
                errors.reject(problem.getMessage());
            }
            return false;
        }
    }
}
