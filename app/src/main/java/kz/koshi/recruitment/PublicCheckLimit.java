package kz.koshi.recruitment;

import java.time.Duration;

import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Public licence checks per address and minute (page and API together, {@code koshi.recruitment.public-checks-per-minute}),
 * so the register cannot be harvested quickly ({@link PerAddressCount}: counted in the database for every node, docs/recruitment.md).
 */
@Component
public class PublicCheckLimit {

    private final PerAddressCount count;

    PublicCheckLimit(RecruitmentProperties properties, AddressCounts counts) {
        this.count = counts.limit("public-check", Duration.ofMinutes(1), properties::publicChecksPerMinute);
    }

    /** Counts one check from {@code address}; refused (429) beyond the limit. */
    public void count(String address) {
        if (count.beyondLimit(address)) {
            throw new DomainProblem(ProblemType.TOO_MANY_REQUESTS, "recruitment.public.too-many");
        }
    }
}
