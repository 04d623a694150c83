package kz.koshi.pages;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an officer can read on a page: the title, the text of the body (option labels included) and the attributes
 * a browser shows (tooltips, placeholders, labels read aloud, button captions). Scripts, styles and the values
 * that forms send (option values, hidden inputs) are not text.
 */
final class VisibleText {

    private static final List<String> SHOWN_ATTRIBUTES = List.of("title", "placeholder", "aria-label", "alt", "hx-confirm");

    private VisibleText() {
    }

    static List<String> of(Document page) {
        Document copy = page.clone();
        copy.select("script, style").remove();
        List<String> pieces = new ArrayList<>();
        pieces.add(copy.title());
        for (Element element : copy.body().getAllElements()) {
            if (!element.ownText().isBlank()) {
                pieces.add(element.ownText());
            }
            SHOWN_ATTRIBUTES.stream().filter(element::hasAttr).forEach(a -> pieces.add(element.attr(a)));
            if (element.is("input[type=submit], input[type=button], input[type=reset]")) {
                pieces.add(element.attr("value"));
            }
        }
        return pieces;
    }
}
