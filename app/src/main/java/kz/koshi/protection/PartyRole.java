package kz.koshi.protection;

/** The part someone or something played, after HTCDS per_RoleInProcess. */
public enum PartyRole {
    RECRUITER("RecruiterOrIntermediary"),
    TRANSPORTER("Transporter"),
    EMPLOYER("Exploiter"),
    EXPLOITER("Exploiter"),
    HARBOURER("HarbouredIndividual"),
    PLACE_OF_EXPLOITATION("Exploitation"),
    PLACE_OF_RECRUITMENT("Recruitment"),
    OTHER("Other");

    private final String htcds;

    PartyRole(String htcds) {
        this.htcds = htcds;
    }

    public String htcds() {
        return htcds;
    }
}
