package kz.koshi.stay.violations;

/** Ascending or descending, for the queue's sort. */
public enum SortDirection {
    ASC, DESC
}
