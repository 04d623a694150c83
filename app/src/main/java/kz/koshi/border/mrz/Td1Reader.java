package kz.koshi.border.mrz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static kz.koshi.border.mrz.MrzParser.*;

/**
 * TD1 (ID cards, 3 x 30). A document number longer than 9 characters continues in the optional data,
 * marked by a filler in the check-digit position; its check digit then ends that continuation.
 */
final class Td1Reader {

    private Td1Reader() {
    }

    static MrzData read(String[] lines, LocalDate today) {
        String l1 = lines[0];
        String l2 = lines[1];
        List<MrzCheck> failed = new ArrayList<>();
        String number = l1.substring(5, 14);
        String optional = l1.substring(15, 30);
        if (l1.charAt(14) == '<' && !optional.startsWith("<")) {
            String continuation = optional.substring(0, optional.indexOf('<') < 0 ? 15 : optional.indexOf('<'));
            String full = number + continuation.substring(0, continuation.length() - 1);
            check(failed, MrzCheck.DOCUMENT_NUMBER, full, continuation.charAt(continuation.length() - 1));
            number = full;
            optional = optional.substring(continuation.length());
        } else {
            check(failed, MrzCheck.DOCUMENT_NUMBER, number, l1.charAt(14));
        }
        check(failed, MrzCheck.BIRTH_DATE, l2.substring(0, 6), l2.charAt(6));
        check(failed, MrzCheck.EXPIRY_DATE, l2.substring(8, 14), l2.charAt(14));
        String composite = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
        check(failed, MrzCheck.COMPOSITE, composite, l2.charAt(29));
        String[] names = names(lines[2]);
        return new MrzData(MrzFormat.TD1, words(l1.substring(0, 2)), words(l1.substring(2, 5)), words(number),
                words(l2.substring(15, 18)), birthDate(l2.substring(0, 6), today), sex(l2.charAt(7)),
                expiryDate(l2.substring(8, 14)), names[0], names[1],
                words(optional + " " + l2.substring(18, 29)), failed);
    }
}
