package kz.koshi.protection.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import kz.koshi.protection.CentreChange;
import kz.koshi.protection.CentreOccupancy;
import kz.koshi.protection.ReferralMechanism;
import kz.koshi.protection.ServiceType;
import kz.koshi.reference.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The regional view of crisis centres: places, occupancy and services, region by region. */
@Controller
@RequestMapping("/protection/centres")
class CentresController {

    private final ReferralMechanism referrals;
    private final ReferenceData reference;

    CentresController(ReferralMechanism referrals, ReferenceData reference) {
        this.referrals = referrals;
        this.reference = reference;
    }

    @GetMapping
    String centres(Model model) {
        List<CentreOccupancy> centres = referrals.centres();
        Map<String, List<CentreOccupancy>> byRegion = centres.stream()
                .collect(Collectors.groupingBy(CentreOccupancy::regionCode, TreeMap::new, Collectors.toList()));
        model.addAttribute("byRegion", byRegion);
        model.addAttribute("regions", reference.allRegions().stream().collect(Collectors.toMap(r -> r.code(), r -> r.name())));
        model.addAttribute("capacity", centres.stream().mapToLong(CentreOccupancy::capacity).sum());
        model.addAttribute("occupancy", centres.stream().mapToLong(CentreOccupancy::occupancy).sum());
        model.addAttribute("serviceTypes", ServiceType.values());
        return "protection/centres";
    }

    /** The centre's places and the services it offers, kept by its supervisor. */
    @PostMapping("/{code}")
    String update(@PathVariable String code, @Valid CentreChange form, BindingResult errors, RedirectAttributes redirect) {
        return WebActions.decide("redirect:/protection/centres", errors, redirect, "protection.centre.saved",
                "protection.centre.not-yours", () -> referrals.updateCentre(code, form));
    }

    /** The referral form's choice of centres, for the needs ticked so far (htmx). */
    @GetMapping("/options")
    String options(@RequestParam(required = false) Set<ServiceType> needs, @RequestParam(required = false) String region,
                   @RequestParam(required = false) String toAgency, Model model) {
        model.addAttribute("centres", referrals.centresFor(needs == null ? Set.of() : needs, region));
        model.addAttribute("selected", toAgency);
        return "protection/case-actions :: centre-options";
    }
}
