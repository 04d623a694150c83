package kz.koshi.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The three bundles have the same keys, no empty text, and every key a template names exists. */
class MessageBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");

    @Test
    void kazakhAndEnglishHaveExactlyTheRussianKeys() throws IOException {
        Properties ru = bundle("messages.properties");
        assertThat(bundle("messages_kk.properties").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ru.stringPropertyNames());
        assertThat(bundle("messages_en.properties").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ru.stringPropertyNames());
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_kk.properties", "messages_en.properties"}) {
            Properties bundle = bundle(name);
            assertThat(bundle.stringPropertyNames()).as(name).allSatisfy(k -> assertThat(bundle.getProperty(k)).as(k).isNotBlank());
        }
    }

    @Test
    void everyKeyNamedInATemplateExists() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(template));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(template.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
