package kz.koshi.recruitment;

import java.time.Clock;
import java.time.Duration;

import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Public licence checks per address and minute (page and API together, {@code koshi.recruitment.public-checks-per-minute}),
 * so the register cannot be harvested quickly ({@link PerAddressCount}: in this node's memory, docs/recruitment.md).
 */
@Component
public class PublicCheckLimit {

    private final PerAddressCount count;

    PublicCheckLimit(RecruitmentProperties properties, Clock clock) {
        this.count = new PerAddressCount(Duration.ofMinutes(1), properties::publicChecksPerMinute, clock);
    }

    /** Counts one check from {@code address}; refused (429) beyond the limit. */
    public void count(String address) {
        if (count.beyondLimit(address)) {
            throw new DomainProblem(ProblemType.TOO_MANY_REQUESTS, "recruitment.public.too-many");
        }
    }
}
