package kz.koshi.stay;

import kz.koshi.protection.ReflectionPeriodEnded;
import kz.koshi.protection.ReflectionPeriodStarted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * V5: while a reflection period lasts, no removal. Stay learns only the person and the dates, and shows
 * "removal blocked" without a reason.
 */
@Component
class ReflectionPeriods {

    private final ViolationRepository blocks;

    ReflectionPeriods(ViolationRepository blocks) {
        this.blocks = blocks;
    }

    @ApplicationModuleListener
    public void on(ReflectionPeriodStarted started) {
        blocks.block(started.personNumber(), started.startsOn(), started.endsOn());
    }

    @ApplicationModuleListener
    public void on(ReflectionPeriodEnded ended) {
        blocks.unblock(ended.personNumber(), ended.endedOn());
    }
}
