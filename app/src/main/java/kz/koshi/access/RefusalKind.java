package kz.koshi.access;

/** Refusals of callers who name no one; each kind is also the action of its audit entries. */
enum RefusalKind {
    /** An API call without a bearer token (or with another kind of credential). */
    API_UNAUTHENTICATED,
    /** An API call with a token that is unknown, revoked or expired. */
    API_TOKEN_REJECTED,
    /** An API call refused although no one was authenticated (normally such a call gets a 401 instead). */
    API_ACCESS_DENIED,
    /** A page refused to someone not signed in (normally they are sent to sign in instead). */
    PAGE_ACCESS_DENIED,
    /** A form sent without a valid CSRF token by someone not signed in. */
    CSRF_REJECTED,
    /** A sign-in refused unread because its source address has failed too often. */
    LOGIN_THROTTLED
}
