package kz.koshi.protection.web;

import java.util.List;

import kz.koshi.shared.DomainProblem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a form's action and comes back (post-redirect-get) with a notice, or with the refusal: the message
 * key of the broken rule, or the fields that failed validation. A refusal changes nothing.
 */
final class WebActions {

    private WebActions() {
    }

    static String run(String back, BindingResult errors, RedirectAttributes redirect, String notice, Runnable action) {
        if (invalid(errors, redirect)) {
            return back;
        }
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("alert", problem.getMessage());
        }
        return back;
    }

    /**
     * Runs a decision and comes back with a notice or the refusal. A record that is not the officer's is
     * answered on the page (the service has audited it); a missing role goes on to the audited 403.
     */
    static String decide(String back, RedirectAttributes redirect, String notice, String deniedKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("alert", problem.getMessage());
        } catch (AuthorizationDeniedException missingRole) {
            throw missingRole;
        } catch (AccessDeniedException notTheirs) {
            redirect.addFlashAttribute("alert", deniedKey);
        }
        return back;
    }

    /** A form decision: its fields are checked first, then it runs as {@link #decide}. */
    static String decide(String back, BindingResult errors, RedirectAttributes redirect, String notice, String deniedKey,
                         Runnable action) {
        return invalid(errors, redirect) ? back : decide(back, redirect, notice, deniedKey, action);
    }

    private static boolean invalid(BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("alert", "protection.form.invalid");
            redirect.addFlashAttribute("alertFields", fields(errors));
        }
        return errors.hasErrors();
    }

    private static List<String> fields(BindingResult errors) {
        List<String> fields = errors.getFieldErrors().stream().map(FieldError::getField).distinct().toList();
        return errors.hasGlobalErrors() && fields.isEmpty() ? List.of("form") : fields;
    }
}
