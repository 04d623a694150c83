package kz.koshi.identity.engine;

/** What to do with a candidate: same person, a human must look (review queue), or a new person. */
public enum Decision {
    LINK, REVIEW, NEW
}
