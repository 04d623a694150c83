package kz.koshi.protection;

public enum PartyKind {
    PERSON, ORGANISATION, PLACE
}
