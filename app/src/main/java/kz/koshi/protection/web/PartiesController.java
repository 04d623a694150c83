package kz.koshi.protection.web;

import kz.koshi.protection.CaseManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** For prosecutors and supervisors: who and what recurs across cases and regions, without the victims. */
@Controller
@RequestMapping("/protection/parties")
class PartiesController {

    private final CaseManagement cases;

    PartiesController(CaseManagement cases) {
        this.cases = cases;
    }

    @GetMapping
    String recurring(Model model) {
        model.addAttribute("parties", cases.recurringParties());
        return "protection/parties";
    }
}
