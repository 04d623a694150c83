package kz.koshi.kandas;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A survey's reference (KD- and 8 random letters and digits) and its secret (20 random letters and digits in
 * groups of five: about 99 bits), from an alphabet without look-alikes (no 0/O, 1/I/L) so that a family can copy
 * them by hand. Only the secret's SHA-256 is stored; a high-entropy secret needs no slow hash.
 */
final class SurveyKeys {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SurveyKeys() {
    }

    static String newReference() {
        return "KD-" + random(8);
    }

    static String newSecret() {
        return String.join("-", random(5), random(5), random(5), random(5));
    }

    /** As typed: case, spaces and dashes do not matter. */
    static String normal(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal(secret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
