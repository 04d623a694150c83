package kz.koshi.kandas.web;

import kz.koshi.kandas.SurveyRefused;
import kz.koshi.shared.DomainProblem;
import org.springframework.validation.BindingResult;

/** A step's refusal as form errors on every field at fault; what was typed stays in the form. */
final class SurveyForms {

    private SurveyForms() {
    }

    static boolean attempt(Runnable action, BindingResult errors) {
        if (errors.hasErrors()) {
            return false;
        }
        try {
            action.run();
            return true;
        } catch (SurveyRefused refused) {
            refused.problems().forEach(p -> errors.rejectValue(p.field(), p.key()));
            return false;
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
