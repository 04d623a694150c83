package kz.koshi.hotline;

import kz.koshi.shared.SealKeys;
import kz.koshi.shared.SealedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The facts as told and the caller's contact are sealed at rest under the hotline's own key. */
@Component
class CallCipher {

    private final SealedText sealed;

    CallCipher(HotlineProperties properties, @Value("${koshi.demo.enabled:false}") boolean demo) {
        this.sealed = new SealedText(SealKeys.load("koshi.hotline.note-key", properties.noteKey(), properties.keyFile(), demo));
    }

    String seal(String text) {
        return sealed.seal(text == null ? null : text.strip());
    }

    String open(String stored) {
        return sealed.open(stored);
    }
}
