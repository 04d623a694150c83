package kz.koshi.recruitment.signals;

import java.time.Duration;

import kz.koshi.recruitment.AddressCounts;
import kz.koshi.recruitment.PerAddressCount;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/** Public complaints per address and hour ({@code koshi.recruitment.signals.complaints-per-hour}), so the form cannot flood. */
@Component
class ComplaintLimit {

    private final PerAddressCount count;

    ComplaintLimit(SignalsProperties properties, AddressCounts counts) {
        this.count = counts.limit("complaint", Duration.ofHours(1), properties::complaintsPerHour);
    }

    void count(String address) {
        if (count.beyondLimit(address)) {
            throw new DomainProblem(ProblemType.TOO_MANY_REQUESTS, "recruitment.complaint.too-many");
        }
    }
}
