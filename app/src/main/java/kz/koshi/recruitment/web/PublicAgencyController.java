package kz.koshi.recruitment.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.koshi.recruitment.PublicAgency;
import kz.koshi.recruitment.PublicCheckLimit;
import kz.koshi.recruitment.PublicRegister;
import kz.koshi.shared.DomainProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public licence check page: anyone, no sign-in; limited per address like the API. */
@Controller
class PublicAgencyController {

    private final PublicRegister register;
    private final PublicCheckLimit limit;

    PublicAgencyController(PublicRegister register, PublicCheckLimit limit) {
        this.register = register;
        this.limit = limit;
    }

    @GetMapping("/public/agencies")
    String check(@RequestParam(required = false) String query, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("query", query == null ? "" : query);
        if (query != null) {
            try {
                limit.count(request.getRemoteAddr());
                List<PublicAgency> found = register.search(query);
                model.addAttribute("found", found);
            } catch (DomainProblem problem) {
                response.setStatus(problem.type().status().value());
                model.addAttribute("alert", problem.getMessage());
            }
        }
        return "recruitment/public-check";
    }
}
