package kz.koshi.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No user-facing text is written into a template: every visible text and every text attribute comes from
 * the message bundles, so that the three languages stay complete.
 */
class TemplateTextTest {

    private static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile(">([^<>]*)<");
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile(
            "(?<![:-])\\b(placeholder|title|alt|aria-label)=\"([^\"]*)\"");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                offences.addAll(hardCodedText(template.getFileName().toString(), Files.readString(template)));
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theCheckCatchesTextAndAttributes() {
        assertThat(hardCodedText("t", "<p>Вход</p><input placeholder=\"Name\"><b th:text=\"#{x}\"></b>")).hasSize(2);
    }

    static List<String> hardCodedText(String name, String html) {
        String visible = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<style.*?</style>", "");
        List<String> offences = new ArrayList<>();
        Matcher text = TEXT_BETWEEN_TAGS.matcher(visible);
        while (text.find()) {
            if (LETTER.matcher(text.group(1)).find()) {
                offences.add(name + ": text '" + text.group(1).strip() + "'");
            }
        }
        Matcher attribute = TEXT_ATTRIBUTE.matcher(visible);
        while (attribute.find()) {
            if (LETTER.matcher(attribute.group(2)).find()) {
                offences.add(name + ": attribute " + attribute.group(1) + "='" + attribute.group(2) + "'");
            }
        }
        return offences;
    }
}
