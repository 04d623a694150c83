package kz.koshi.recruitment.signals;

import java.time.Clock;
import java.time.LocalDate;

import kz.koshi.recruitment.abroad.WorkersNotHeardFrom;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily (default 01:40 Kazakhstan time): the register of citizens abroad counts each agency's workers not heard from
 * after their contract ended, and each count becomes the agency's signal (raised once per agency, day and count).
 */
@Component
public class NotHeardFromSweep {

    private final WorkersNotHeardFrom register;
    private final RiskSignals signals;
    private final Clock clock;

    NotHeardFromSweep(WorkersNotHeardFrom register, RiskSignals signals, Clock clock) {
        this.register = register;
        this.signals = signals;
        this.clock = clock;
    }

    @Scheduled(cron = "${koshi.recruitment.signals.not-heard-from-sweep:0 40 1 * * *}", zone = "${koshi.zone:Asia/Almaty}")
    @SchedulerLock(name = "recruitment.not-heard-from", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    public void sweepOnSchedule() {
        sweep();
    }

    /** Raises today's signals; returns how many were raised. */
    public long sweep() {
        LocalDate today = LocalDate.now(clock);
        return register.perAgency().entrySet().stream()
                .filter(agency -> signals.workerNotHeardFrom(agency.getKey(), agency.getValue(), today)).count();
    }
}
