package kz.koshi.recruitment.rules;

/**
 * An applicant account's password: 12 to 72 bytes (BCrypt reads no more), with a letter, a digit and a character
 * that is neither, and not containing the BIN it protects.
 */
public final class ApplicantPassword {

    private ApplicantPassword() {
    }

    public static boolean strong(String password, String bin) {
        if (password == null || password.length() < 12
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            return false;
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        boolean other = password.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c));
        return letter && digit && other && (bin == null || bin.isEmpty() || !password.contains(bin));
    }
}
