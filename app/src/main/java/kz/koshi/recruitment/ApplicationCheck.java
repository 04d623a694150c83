package kz.koshi.recruitment;

import java.util.List;

import kz.koshi.recruitment.rules.SampleContract;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/** What an application must hold besides its fields' shapes: known destinations abroad and a real PDF contract. */
@Component
class ApplicationCheck {

    private final ReferenceData reference;

    ApplicationCheck(ReferenceData reference) {
        this.reference = reference;
    }

    List<String> destinations(ApplicationForm form) {
        List<String> countries = form.getDestinations().stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        if (countries.isEmpty()) {
            throw new DomainProblem(ProblemType.VALIDATION, "destinations", "recruitment.destinations.needed");
        }
        if (countries.stream().anyMatch(c -> "KAZ".equals(c) || reference.country(c).isEmpty())) {
            throw new DomainProblem(ProblemType.VALIDATION, "destinations", "recruitment.destinations.unknown");
        }
        return countries;
    }

    /** The contract, required on a first submission; on a resubmission {@code null} keeps the one on file. */
    ContractFile contract(ContractFile file, boolean required) {
        if (file == null || file.content() == null || file.content().length == 0) {
            if (required) {
                throw new DomainProblem(ProblemType.VALIDATION, "contract", "recruitment.contract.needed");
            }
            return null;
        }
        if (!SampleContract.withinLimit(file.content().length)) {
            throw new DomainProblem(ProblemType.VALIDATION, "contract", "recruitment.contract.too-large");
        }
        if (!SampleContract.isPdf(file.content())) {
            throw new DomainProblem(ProblemType.VALIDATION, "contract", "recruitment.contract.not-pdf");
        }
        String name = file.name() == null || file.name().isBlank() ? "contract.pdf" : file.name().strip();
        return new ContractFile(name.length() > 120 ? name.substring(name.length() - 120) : name, file.content());
    }
}
