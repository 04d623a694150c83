package kz.koshi.protection.reminders;

import java.util.List;

/** The module's side: the signed-in worker's own cases (a supervisor's: the agency's), as dates only. */
public interface ReminderSource {

    List<ReminderCase> casesOfCurrentWorker();
}
