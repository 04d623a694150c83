package kz.koshi.employment;

import java.util.EnumSet;
import java.util.Set;

import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;

/**
 * What every programme's referral tells the career centre besides the person and region: languages, skills, and
 * the contacts the person agreed to share ({@code sharedChannels}, the consent recorded with the request). A contact
 * is given exactly for the channels agreed: one without consent, or consent without the contact, is refused.
 */
public record ReferralProfile(Set<Language> languages, String skills, String contactPhone, String contactEmail,
                              Set<ContactChannel> sharedChannels) {

    public ReferralProfile {
        languages = languages == null || languages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(languages));
        skills = blankToNull(skills);
        contactPhone = blankToNull(contactPhone);
        contactEmail = blankToNull(contactEmail);
        sharedChannels = sharedChannels == null || sharedChannels.isEmpty() ? Set.of() : Set.copyOf(sharedChannels);
    }

    /** Refuses a contact the person did not agree to share, and an agreement without its contact. */
    public ReferralProfile checked() {
        agreed(ContactChannel.PHONE, contactPhone, "contactPhone");
        agreed(ContactChannel.EMAIL, contactEmail, "contactEmail");
        return this;
    }

    private void agreed(ContactChannel channel, String contact, String field) {
        if (contact != null && !sharedChannels.contains(channel)) {
            throw new DomainProblem(ProblemType.VALIDATION, field, "employment.referral.contact-without-consent");
        }
        if (contact == null && sharedChannels.contains(channel)) {
            throw new DomainProblem(ProblemType.VALIDATION, field, "employment.referral.consent-without-contact");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
