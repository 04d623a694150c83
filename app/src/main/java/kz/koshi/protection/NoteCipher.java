package kz.koshi.protection;

import kz.koshi.shared.SealedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Narrative text (grounds, notes, follow-ups, break-the-glass reasons, the hotline's facts) is stored as AES-256-GCM
 * ciphertext ({@link SealedText}) under protection's own key. A database dump alone does not reveal what a victim
 * told a social worker.
 */
@Component
class NoteCipher {

    private final SealedText sealed;

    NoteCipher(ProtectionProperties properties, @Value("${koshi.demo.enabled:false}") boolean demo) {
        this.sealed = new SealedText(NoteKeys.load(properties.noteKey(), properties.keyFile(), demo));
    }

    String encrypt(String text) {
        return sealed.seal(text);
    }

    String decrypt(String stored) {
        return sealed.open(stored);
    }
}
