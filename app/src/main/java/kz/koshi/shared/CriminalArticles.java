package kz.koshi.shared;

import java.util.Set;

/**
 * The Criminal Code articles a trafficking-related criminal case is opened under (DOMAIN.md 3B): the one list that
 * protection's outcomes and enforcement's register of criminal cases both accept.
 */
public final class CriminalArticles {

    public static final Set<String> TRAFFICKING = Set.of("116", "125", "126", "128", "134", "135", "153", "262", "308",
            "309", "392", "393", "394", "395");

    private CriminalArticles() {
    }

    public static boolean isTraffickingArticle(String article) {
        return article != null && TRAFFICKING.contains(article);
    }
}
