package kz.koshi.protection;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night: reflection periods that ran out end, and stay is told (ReflectionPeriodEnded). */
@Component
class ReflectionExpiry {

    private final CaseManagement cases;
    private final Clock clock;

    ReflectionExpiry(CaseManagement cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Scheduled(cron = "${koshi.protection.expiry-cron:0 10 0 * * *}", zone = "${koshi.zone:Asia/Almaty}")
    void run() {
        cases.endExpiredReflectionPeriods(LocalDate.now(clock));
    }
}
