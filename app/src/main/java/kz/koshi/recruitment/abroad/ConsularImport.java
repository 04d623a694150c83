package kz.koshi.recruitment.abroad;

import java.util.List;

/** What became of a consular feed: how many registrations were taken, and every line refused with its reason. */
public record ConsularImport(int accepted, List<RefusedLine> refused) {
}
