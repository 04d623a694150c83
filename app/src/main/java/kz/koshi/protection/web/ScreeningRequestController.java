package kz.koshi.protection.web;

import kz.koshi.protection.ScreeningRequests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The hotline's screening requests waiting for the officer's agency, and one request with the facts as told. */
@Controller
@RequestMapping("/protection/requests")
class ScreeningRequestController {

    private final ScreeningRequests requests;

    ScreeningRequestController(ScreeningRequests requests) {
        this.requests = requests;
    }

    @GetMapping
    String waiting(Model model) {
        model.addAttribute("requests", requests.waiting());
        return "protection/screening-requests";
    }

    @GetMapping("/{id}")
    String request(@PathVariable long id, Model model) {
        model.addAttribute("r", requests.open(id));
        return "protection/screening-request";
    }
}
