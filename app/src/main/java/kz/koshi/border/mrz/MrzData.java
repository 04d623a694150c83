package kz.koshi.border.mrz;

import java.time.LocalDate;
import java.util.List;

/**
 * What a machine-readable zone says. Names are as in the MRZ (Latin A-Z, words separated by spaces);
 * sex is M, F or X (the MRZ filler). {@code failedChecks} names every check digit that did not match.
 */
public record MrzData(MrzFormat format, String documentCode, String issuingState, String documentNumber,
                      String nationality, LocalDate birthDate, String sex, LocalDate expiryDate,
                      String surname, String givenNames, String optionalData, List<MrzCheck> failedChecks) {

    public MrzData {
        failedChecks = List.copyOf(failedChecks);
    }

    public boolean valid() {
        return failedChecks.isEmpty();
    }

    /** PASSPORT for a P document, ID_CARD for I, A or C documents, OTHER otherwise. */
    public String documentType() {
        return switch (documentCode.charAt(0)) {
            case 'P' -> "PASSPORT";
            case 'I', 'A', 'C' -> "ID_CARD";
            default -> "OTHER";
        };
    }
}
