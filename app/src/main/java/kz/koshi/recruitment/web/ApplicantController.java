package kz.koshi.recruitment.web;

import java.io.IOException;

import jakarta.validation.Valid;
import kz.koshi.recruitment.ApplicationForm;
import kz.koshi.recruitment.ApplicationView;
import kz.koshi.recruitment.Applications;
import kz.koshi.recruitment.ContractFile;
import kz.koshi.recruitment.LicenceStanding;
import kz.koshi.recruitment.Licences;
import kz.koshi.shared.web.FormProblems;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The applicant agency's own pages: its licence, its applications, the application form and corrections. */
@Controller
@RequestMapping("/recruitment/agency")
class ApplicantController {

    private final Applications applications;
    private final Licences licences;
    private final FormOptions options;

    ApplicantController(Applications applications, Licences licences, FormOptions options) {
        this.applications = applications;
        this.licences = licences;
        this.options = options;
    }

    @GetMapping
    String overview(Model model) {
        var agency = applications.agency();
        model.addAttribute("agencyFile", agency);
        model.addAttribute("licence", licences.standing(agency.agencyCode()).orElse(null));
        model.addAttribute("applications", applications.mine());
        model.addAttribute("history", applications.history());
        return "recruitment/agency-home";
    }

    /**
     * An agency that holds a licence (valid or suspended) or has an application open is not offered a form it would be
     * refused at the end: it is shown its file, with what to do instead.
     */
    @GetMapping("/apply")
    String form(Model model, RedirectAttributes redirect) {
        var agency = applications.agency();
        if (licences.standing(agency.agencyCode()).filter(LicenceStanding::running).isPresent()) {
            redirect.addFlashAttribute("notice", "recruitment.application.licensed-renewal");
            return "redirect:/recruitment/agency";
        }
        if (applications.mine().stream().anyMatch(a -> !a.status().decided())) {
            redirect.addFlashAttribute("notice", "recruitment.application.open-already");
            return "redirect:/recruitment/agency";
        }
        return page(ApplicationForm.blank(agency.legalName()), null, model);
    }

    @PostMapping("/apply")
    String submit(@Valid @ModelAttribute("applicationForm") ApplicationForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) throws IOException {
        ContractFile file = file(form.getContract());
        if (!errors.hasErrors() && FormProblems.attempt(() -> applications.submit(form, file), errors)) {
            redirect.addFlashAttribute("notice", "recruitment.application.submitted");
            return "redirect:/recruitment/agency";
        }
        return page(form, null, model);
    }

    @GetMapping("/applications/{id}/correction")
    String correction(@PathVariable long id, Model model) {
        ApplicationView a = applications.mine(id);
        ApplicationForm form = ApplicationForm.blank(a.legalName());
        form.setLegalAddress(a.legalAddress());
        form.setActualAddress(a.actualAddress());
        form.setDestinations(new java.util.ArrayList<>(a.destinations()));
        form.setWorkerFee(a.workerFee());
        form.setFeeTerms(a.feeTerms());
        return page(form, a, model);
    }

    @PostMapping("/applications/{id}/correction")
    String correct(@PathVariable long id, @Valid @ModelAttribute("applicationForm") ApplicationForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) throws IOException {
        ContractFile file = file(form.getContract());
        if (!errors.hasErrors() && FormProblems.attempt(() -> applications.correct(id, form, file), errors)) {
            redirect.addFlashAttribute("notice", "recruitment.application.resubmitted");
            return "redirect:/recruitment/agency";
        }
        return page(form, applications.mine(id), model);
    }

    @GetMapping("/applications/{id}/contract")
    ResponseEntity<byte[]> contract(@PathVariable long id) {
        return ContractDownload.of(applications.contract(id), id);
    }

    private String page(ApplicationForm form, ApplicationView correcting, Model model) {
        form.padPersons();
        form.setContract(null);
        model.addAttribute("applicationForm", form);
        model.addAttribute("correcting", correcting);
        options.addTo(model);
        return "recruitment/application-form";
    }

    private static ContractFile file(MultipartFile contract) throws IOException {
        return contract == null || contract.isEmpty() ? null : new ContractFile(contract.getOriginalFilename(), contract.getBytes());
    }
}
