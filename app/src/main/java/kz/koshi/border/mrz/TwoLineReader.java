package kz.koshi.border.mrz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static kz.koshi.border.mrz.MrzParser.*;

/** TD3 (passports, 2 x 44) and TD2 (2 x 36): the second lines differ only in the optional data's length. */
final class TwoLineReader {

    private TwoLineReader() {
    }

    static MrzData read(MrzFormat format, String[] lines, LocalDate today) {
        String l1 = lines[0];
        String l2 = lines[1];
        int end = format.length();
        List<MrzCheck> failed = new ArrayList<>();
        String number = l2.substring(0, 9);
        check(failed, MrzCheck.DOCUMENT_NUMBER, number, l2.charAt(9));
        check(failed, MrzCheck.BIRTH_DATE, l2.substring(13, 19), l2.charAt(19));
        check(failed, MrzCheck.EXPIRY_DATE, l2.substring(21, 27), l2.charAt(27));
        String optional;
        if (format == MrzFormat.TD3) {
            optional = l2.substring(28, 42);
            check(failed, MrzCheck.OPTIONAL_DATA, optional, l2.charAt(42));
        } else {
            optional = l2.substring(28, 35);
        }
        String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, end - 1);
        check(failed, MrzCheck.COMPOSITE, composite, l2.charAt(end - 1));
        String[] names = names(l1.substring(5));
        return new MrzData(format, words(l1.substring(0, 2)), words(l1.substring(2, 5)), words(number),
                words(l2.substring(10, 13)), birthDate(l2.substring(13, 19), today), sex(l2.charAt(20)),
                expiryDate(l2.substring(21, 27)), names[0], names[1], words(optional), failed);
    }
}
