package kz.koshi.identity.cli;

import java.io.PrintStream;

/** Counts of what the reader had to repair or refuse, printed at the end of a run. */
final class RunReport {
    long rows;
    long withoutId;
    long withoutName;
    long malformedDates;

    void print(PrintStream err) {
        err.printf("link: %d rows read; %d without record_id (skipped); %d without any name (own cluster, "
                + "not linked); %d malformed birth dates (their valid year or year-month kept, else missing)%n", rows, withoutId, withoutName,
                malformedDates);
    }
}
