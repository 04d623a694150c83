package kz.koshi.identity;

import java.util.List;
import java.util.Locale;

import kz.koshi.identity.registry.SearchKeyRepository;
import kz.koshi.identity.registry.SearchKeys;
import kz.koshi.shared.Iin;
import org.springframework.stereotype.Service;

/**
 * A person named the way an officer on the spot names them: by registry number, IIN or identity document. Only persons
 * the agencies outside protection know ({@link IdentityResolution#registered}); a number, IIN or document matching two
 * persons returns both, so the caller can say it is ambiguous rather than pick one. The caller authorises and audits.
 */
@Service
public class RegistryLookup {

    private final IdentityResolution resolution;
    private final SearchKeyRepository keys;

    RegistryLookup(IdentityResolution resolution, SearchKeyRepository keys) {
        this.resolution = resolution;
        this.keys = keys;
    }

    /** The registered persons the identifier names: none, one, or (a shared document) more than one, at most five. */
    public List<PersonSummary> named(String identifier) {
        String typed = identifier == null ? "" : identifier.strip().toUpperCase(Locale.ROOT);
        if (typed.isEmpty() || typed.length() > 40) {
            return List.of();
        }
        if (PersonNumber.isValid(typed)) {
            return resolution.registered(typed).stream().toList();
        }
        boolean iin = typed.matches("\\d{12}") && Iin.isValid(typed);
        String key = iin ? typed : SearchKeys.document(typed);
        if (key == null) {
            return List.of();
        }
        return keys.matches(iin ? SearchKeys.Kind.IIN : SearchKeys.Kind.DOC, List.of(key), null, 5).keySet().stream()
                .flatMap(p -> resolution.registered(p).stream()).distinct().toList();
    }
}
