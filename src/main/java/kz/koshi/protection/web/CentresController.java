package kz.koshi.protection.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import kz.koshi.protection.ReferralMechanism;
import kz.koshi.protection.CentreOccupancy;
import kz.koshi.reference.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
        return "protection/centres";
    }

    @PostMapping("/{code}/capacity")
    String capacity(@PathVariable String code, @RequestParam int capacity, RedirectAttributes redirect) {
        return WebActions.decide("redirect:/protection/centres", redirect, "protection.centre.capacity-saved",
                "protection.centre.not-yours", () -> referrals.setCentreCapacity(code, capacity));
    }
}
