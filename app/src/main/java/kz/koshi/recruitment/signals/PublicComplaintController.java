package kz.koshi.recruitment.signals;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kz.koshi.shared.Bin;
import kz.koshi.shared.DomainProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public complaint form (no sign-in): every sending counts against the address; whatever the BIN, a valid
 * complaint gets the same answer, so the form tells nothing of which agencies are known beyond the public register.
 */
@Controller
@RequestMapping("/public/agencies/complaint")
class PublicComplaintController {

    private final AgencyComplaints complaints;
    private final ComplaintLimit limit;

    PublicComplaintController(AgencyComplaints complaints, ComplaintLimit limit) {
        this.complaints = complaints;
        this.limit = limit;
    }

    @GetMapping
    String form(@RequestParam(required = false) String bin, Model model) {
        model.addAttribute("complaint", new PublicComplaint(bin != null && Bin.isValid(bin) ? bin : null, null, null, null, null));
        return "recruitment/complaint";
    }

    @PostMapping
    String send(@Valid @ModelAttribute("complaint") PublicComplaint complaint, BindingResult errors, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        if (errors.hasErrors()) {
            return "recruitment/complaint"; // a typo is not counted against the address: only complaints to be kept are
        }
        try {
            limit.count(request.getRemoteAddr());
        } catch (DomainProblem tooMany) {
            response.setStatus(tooMany.type().status().value());
            model.addAttribute("alert", tooMany.getMessage());
            return "recruitment/complaint";
        }
        complaints.fromPublic(complaint);
        return "redirect:/public/agencies/complaint/received";
    }

    @GetMapping("/received")
    String received() {
        return "recruitment/complaint-received";
    }
}
