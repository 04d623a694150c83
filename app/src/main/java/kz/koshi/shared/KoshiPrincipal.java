package kz.koshi.shared;

/** Who acts: an officer signed in with a form, or an agency system calling the API with a token. */
public interface KoshiPrincipal {

    /** The officer's user name, or {@code system:<token name>} for an agency system. */
    String actorName();

    String agencyCode();
}
