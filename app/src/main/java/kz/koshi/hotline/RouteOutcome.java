package kz.koshi.hotline;

/** What came of a route, recorded by the hotline at the follow-up or by the agency that acted. */
public enum RouteOutcome {
    TAKEN_UP, SCREENING_OPENED, NO_GROUNDS, CALLER_UNREACHABLE, REFERRED_ELSEWHERE
}
