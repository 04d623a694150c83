package kz.koshi.feeds;

import kz.koshi.access.ApiScope;

/** What a feed's topic carries, and the API scope its agency must be allowed to hold to write it. */
public enum FeedKind {
    /** Border crossings in the JSON of {@code POST /api/v1/crossings}, one per record. */
    CROSSINGS(ApiScope.CROSSINGS_WRITE),
    /** Source records in the JSON of {@code POST /api/v1/identity/records}, one per record. */
    SOURCE_RECORDS(ApiScope.IDENTITY_WRITE);

    private final ApiScope scope;

    FeedKind(ApiScope scope) {
        this.scope = scope;
    }

    public ApiScope scope() {
        return scope;
    }
}
