package kz.koshi.demo.generator;

/** The agency feeds, each written to its own file; the prefix starts every record_id of the feed. */
enum Source {
    BORDER("border", "BOR"),
    MIGRATION_POLICE("migration_police", "MIG"),
    HOTEL("hotel", "HOT"),
    LABOUR("labour", "LAB"),
    CRISIS_CENTRE("crisis_centre", "CRC"),
    CAREER_CENTRE("career_centre", "CAR");

    private final String code;
    private final String recordPrefix;

    Source(String code, String recordPrefix) {
        this.code = code;
        this.recordPrefix = recordPrefix;
    }

    /** The value of the {@code source} column and the file's base name. */
    String code() {
        return code;
    }

    String fileName() {
        return code + ".csv";
    }

    String recordPrefix() {
        return recordPrefix;
    }
}
