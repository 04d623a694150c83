package kz.koshi.audit;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/audit")
class AuditViewerController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog log;

    AuditViewerController(AuditLog log) {
        this.log = log;
    }

    /** A filter with a field error, such as "from" after "to", runs no search: the page shows the error and no entries. */
    @GetMapping
    String list(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult errors,
                @RequestParam(defaultValue = "0") int page, Model model) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            errors.rejectValue("from", "audit.from.after-to");
        }
        model.addAttribute("result", errors.hasErrors() ? AuditLog.Page.empty(PAGE_SIZE) : log.search(filter, page, PAGE_SIZE));
        model.addAttribute("outcomes", AuditOutcome.values());
        return "audit/list";
    }

    /** With htmx only the result is swapped into the page; without JavaScript the page comes back with it. */
    @PostMapping("/verification")
    String verify(HtmxRequest htmx, Model model, RedirectAttributes redirect) {
        ChainVerification verification = log.verify();
        if (htmx.isHtmxRequest()) {
            model.addAttribute("verification", verification);
            return "audit/verification";
        }
        redirect.addFlashAttribute("verification", verification);
        return "redirect:/admin/audit";
    }
}
