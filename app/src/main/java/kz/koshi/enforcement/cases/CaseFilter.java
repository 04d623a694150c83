package kz.koshi.enforcement.cases;

import kz.koshi.shared.CriminalStage;

/** The register's filters, each optional: article, stage, region, year opened. */
public record CaseFilter(String article, CriminalStage stage, String regionCode, Integer year) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null);
    }

    /** From a page's query: an unknown stage or a year that is not a year is read as no filter. */
    public static CaseFilter of(String article, String stage, String regionCode, String year) {
        CriminalStage s = java.util.Arrays.stream(CriminalStage.values()).filter(v -> v.name().equals(stage)).findFirst().orElse(null);
        Integer y = year != null && year.strip().matches("\\d{4}") ? Integer.valueOf(year.strip()) : null;
        return new CaseFilter(article, s, regionCode, y);
    }

    public CaseFilter {
        article = blankToNull(article);
        regionCode = blankToNull(regionCode);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
