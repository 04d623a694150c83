package kz.koshi.recruitment.rules;

/**
 * The sample contract an applicant attaches: a PDF (it starts with {@code %PDF-}, whatever name or type the
 * browser gave it) of at most {@link #MAX_BYTES}.
 */
public final class SampleContract {

    /** 1,000,000 bytes: a contract of a few pages, scanned, fits; the database keeps it. */
    public static final int MAX_BYTES = 1_000_000;

    private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};

    private SampleContract() {
    }

    public static boolean isPdf(byte[] content) {
        if (content == null || content.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (content[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean withinLimit(long size) {
        return size > 0 && size <= MAX_BYTES;
    }
}
