package kz.koshi.recruitment.placement.web;

import kz.koshi.recruitment.placement.AgreementStatus;
import kz.koshi.recruitment.placement.OrientationTopic;
import kz.koshi.reference.ReferenceData;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices of the placement pages: countries abroad (not Kazakhstan), orientation topics, agreement statuses. */
@Component
class PlacementOptions {

    private final ReferenceData reference;

    PlacementOptions(ReferenceData reference) {
        this.reference = reference;
    }

    void addTo(Model model) {
        model.addAttribute("countries", reference.countries().stream().filter(c -> !"KAZ".equals(c.alpha3())).toList());
        model.addAttribute("topics", OrientationTopic.values());
        model.addAttribute("agreementStatuses", AgreementStatus.values());
    }
}
