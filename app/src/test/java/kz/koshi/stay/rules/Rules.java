package kz.koshi.stay.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The configured rules exactly as the application binds them from stay-rules.properties. */
final class Rules {

    static final StayRuleBook BOOK = load();

    private Rules() {
    }

    private static StayRuleBook load() {
        Properties properties = new Properties();
        try (InputStream in = Rules.class.getResourceAsStream("/kz/koshi/stay/stay-rules.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Binder(new MapConfigurationPropertySource(properties)).bind("koshi.stay.rules", StayRuleBook.class).get();
    }
}
