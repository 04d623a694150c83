package kz.koshi.recruitment;

/** A legal entity that has opened an applicant account: its agency row's code, its BIN and name. */
public record Agency(long id, String agencyCode, String bin, String legalName, SignIn signIn) {
}
