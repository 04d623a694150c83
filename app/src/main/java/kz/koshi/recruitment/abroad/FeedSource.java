package kz.koshi.recruitment.abroad;

/** Where a stay abroad was learned from; each source's record is taken once (idempotent feeds). */
enum FeedSource {
    PLACEMENT, BORDER_EXIT, CONSULAR
}
