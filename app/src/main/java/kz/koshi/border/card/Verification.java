package kz.koshi.border.card;

/** The outcome of checking a credential: valid, or the first reason it fails, with what it claims if readable. */
public record Verification(boolean valid, Reason reason, String keyId, CardCredential credential) {

    public enum Reason {
        VALID,
        /** Not a compact JWS, or its payload is not the card's JSON. */
        MALFORMED,
        /** Signed with another algorithm than ES256 (including "none"). */
        WRONG_ALGORITHM,
        /** No published key has this kid: not signed by the card issuer. */
        UNKNOWN_KEY,
        /** The signature does not match the content: forged, or altered after signing. */
        SIGNATURE_INVALID,
        /** Signed, but not a migrant card credential or missing fields. */
        NOT_A_CARD,
        NOT_YET_VALID,
        EXPIRED,
        /** Genuine, but the card register says it was revoked (e.g. a court expulsion): only an online check can tell. */
        REVOKED
    }

    public static Verification fails(Reason reason, String keyId, CardCredential credential) {
        return new Verification(false, reason, keyId, credential);
    }
}
