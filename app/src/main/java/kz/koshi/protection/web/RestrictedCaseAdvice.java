package kz.koshi.protection.web;

import kz.koshi.protection.GlassRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A case that is not the officer's: refused (the service has audited it) with a page that offers
 * break-the-glass, the same whether the case exists or not. A missing role is not handled here: it goes
 * on to the platform's audited 403.
 */
@ControllerAdvice(assignableTypes = {CaseController.class, CaseActionsController.class, CaseloadController.class})
class RestrictedCaseAdvice {

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String restricted(AccessDeniedException denied, Model model) {
        if (denied instanceof AuthorizationDeniedException) {
            throw denied;
        }
        model.addAttribute("glass", new GlassRequest("", ""));
        return "protection/restricted";
    }
}
