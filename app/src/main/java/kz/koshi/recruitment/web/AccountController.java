package kz.koshi.recruitment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import kz.koshi.access.LoginThrottle;
import kz.koshi.recruitment.AccountOpening;
import kz.koshi.recruitment.NewAccount;
import kz.koshi.shared.web.FormProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * An agency opens its applicant account on the public site. Every attempt counts against the address in the sign-in
 * throttle; a BIN that has an account gets the same answer as a new one.
 */
@Controller
@RequestMapping("/public/agencies/account")
class AccountController {

    private final AccountOpening opening;
    private final LoginThrottle throttle;

    AccountController(AccountOpening opening, LoginThrottle throttle) {
        this.opening = opening;
        this.throttle = throttle;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("account", new NewAccount(null, null, null, null));
        return "recruitment/account";
    }

    @PostMapping
    String open(@Valid @ModelAttribute("account") NewAccount account, BindingResult errors, HttpServletRequest request, Model model) {
        String address = request.getRemoteAddr();
        if (throttle.refuses(address)) {
            model.addAttribute("alert", "recruitment.account.throttled");
            return "recruitment/account";
        }
        throttle.attempted(address);
        if (!errors.hasErrors() && FormProblems.attempt(() -> openRacing(account), errors)) {
            return "redirect:/public/agencies/account/requested";
        }
        return "recruitment/account";
    }

    /** Two openings of one BIN at once: the second meets the first's row and gets the same answer (it changed nothing). */
    private void openRacing(NewAccount account) {
        try {
            opening.open(account);
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            // same answer as for a BIN that had an account
        }
    }

    @GetMapping("/requested")
    String requested() {
        return "recruitment/account-requested";
    }
}
