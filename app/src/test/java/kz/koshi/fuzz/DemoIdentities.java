package kz.koshi.fuzz;

import java.util.ArrayList;
import java.util.List;

/** The demo tokens and accounts (README, embedded demo mode only) the fuzz and the authorisation matrix act as. */
public final class DemoIdentities {

    public static final List<String> TOKENS = List.of("koshi-demo-admin", "koshi-demo-border", "koshi-demo-police",
            "koshi-demo-labour", "koshi-demo-akimat", "koshi-demo-career", "koshi-demo-crisis", "koshi-demo-prosecutor",
            "koshi-demo-commission", "koshi-demo-agency", "koshi-demo-hotline", "koshi-demo-mfa");

    /** Officers; {@code admin} last, because its forms may change other accounts. */
    public static final List<String> ACCOUNTS = List.of("border", "police", "labour", "akimat", "career", "social",
            "supervisor", "prosecutor", "analyst", "agency", "guardian", "hotline", "mfa", "admin");

    public static final String PASSWORD = "Koshi-demo-2026";

    /** Plausible values by field name, where the schema alone does not give one that passes validation. */
    public static final java.util.Map<String, String> PLAUSIBLE = java.util.Map.of(
            "personNumber", "KP000000001", "child", "KP000000001", "adult", "KP000000002", "number", "KP000000001",
            "checkpoint", "ALA-AIRPORT", "code", "CRISIS-KZ-71", "year", "2025", "source", "border", "recordId", "FZ-1");

    private DemoIdentities() {
    }

    /** No token, an unknown token and every demo token: 13 identities. */
    public static List<String> matrixIdentities() {
        List<String> identities = new ArrayList<>(List.of(AuthorisationMatrix.NO_TOKEN, AuthorisationMatrix.UNKNOWN_TOKEN));
        identities.addAll(TOKENS);
        return identities;
    }
}
