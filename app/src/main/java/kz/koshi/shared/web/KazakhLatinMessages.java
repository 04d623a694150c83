package kz.koshi.shared.web;

import java.util.Locale;

import kz.koshi.shared.translit.Scripts;
import kz.koshi.shared.translit.TransliterationScheme;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * The platform's messages, with Kazakh in Latin script ({@link KazakhScript#KAZAKH_LATIN}) derived from the Kazakh
 * (Cyrillic) bundle by the 2021 Kazakh Latin alphabet ({@link TransliterationScheme#KAZAKH_LATIN_2021}): one Kazakh
 * bundle to keep, no second copy to drift. Other locales pass through untouched.
 */
final class KazakhLatinMessages implements HierarchicalMessageSource {

    private static final Locale KAZAKH = Locale.forLanguageTag("kk");

    private final MessageSource delegate;

    KazakhLatinMessages(MessageSource delegate) {
        this.delegate = delegate;
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        return KazakhScript.isLatin(locale) && !ownScript(code) ? latin(delegate.getMessage(code, args, defaultMessage, KAZAKH))
                : delegate.getMessage(code, args, defaultMessage, locale);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
        return KazakhScript.isLatin(locale) && !ownScript(code) ? latin(delegate.getMessage(code, args, KAZAKH)) : delegate.getMessage(code, args, locale);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
        return KazakhScript.isLatin(locale) ? latin(delegate.getMessage(resolvable, KAZAKH)) : delegate.getMessage(resolvable, locale);
    }

    @Override
    public void setParentMessageSource(MessageSource parent) {
        if (delegate instanceof HierarchicalMessageSource h) {
            h.setParentMessageSource(parent);
        }
    }

    @Override
    public MessageSource getParentMessageSource() {
        return delegate instanceof HierarchicalMessageSource h ? h.getParentMessageSource() : null;
    }

    /** The names of languages and scripts on the switches are written in their own script ("Русский", "Қазақша (кирилл)"). */
    static boolean ownScript(String code) {
        return code != null && (code.startsWith("lang.") || code.startsWith("kandas.script."));
    }

    static String latin(String text) {
        return text == null ? null : Scripts.toLatin(text, TransliterationScheme.KAZAKH_LATIN_2021);
    }
}
