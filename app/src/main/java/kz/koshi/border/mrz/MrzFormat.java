package kz.koshi.border.mrz;

/** The three ICAO 9303 machine-readable-zone layouts: lines and characters per line. */
public enum MrzFormat {
    /** Part 5: ID cards of credit-card size, 3 lines of 30. */
    TD1(3, 30),
    /** Part 6: larger ID cards, 2 lines of 36. */
    TD2(2, 36),
    /** Part 4: passport books, 2 lines of 44. */
    TD3(2, 44);

    private final int lines;
    private final int length;

    MrzFormat(int lines, int length) {
        this.lines = lines;
        this.length = length;
    }

    public int lines() {
        return lines;
    }

    public int length() {
        return length;
    }

    static MrzFormat of(int lineCount, int lineLength) {
        for (MrzFormat f : values()) {
            if (f.lines == lineCount && f.length == lineLength) {
                return f;
            }
        }
        return null;
    }
}
