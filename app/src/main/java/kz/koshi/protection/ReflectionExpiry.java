package kz.koshi.protection;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, on one node: reflection periods that ran out end, and stay is told (ReflectionPeriodEnded). A second
 * run finds nothing left to end.
 */
@Component
class ReflectionExpiry {

    private final CaseManagement cases;
    private final Clock clock;

    ReflectionExpiry(CaseManagement cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Scheduled(cron = "${koshi.protection.expiry-cron:0 10 0 * * *}", zone = "${koshi.zone:Asia/Almaty}")
    @SchedulerLock(name = "protection.reflection-expiry", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    public void run() {
        cases.endExpiredReflectionPeriods(LocalDate.now(clock));
    }
}
