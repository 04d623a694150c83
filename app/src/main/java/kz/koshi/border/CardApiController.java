package kz.koshi.border;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kz.koshi.border.card.Verification;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cards")
@Tag(name = "Migrant cards", description = "Public status and verification; card data and document for officers")
class CardApiController {

    private final Cards cards;

    CardApiController(Cards cards) {
        this.cards = cards;
    }

    @GetMapping("/keys")
    @Operation(summary = "The public keys (JWK set) that verify card credentials, old ones included (public)")
    Map<String, Object> keys() {
        return cards.publicKeys();
    }

    @GetMapping("/{number}")
    @Operation(summary = "A card's public status: VALID, REVOKED or EXPIRED, and the holder's stay status (public, no names)")
    Cards.CardStatus status(@PathVariable String number) {
        return cards.status(number);
    }

    record Credential(String number, String credential) {
    }

    @GetMapping("/{number}/credential")
    @Operation(summary = "The signed credential exactly as in the card's QR code: a compact JWS, ES256, with kid (border and police officers' systems; it carries the holder's names)")
    Credential credential(@PathVariable String number) {
        return new Credential(number, cards.credential(number));
    }

    record VerificationRequest(@NotBlank @Size(max = 4_000) String credential) {
    }

    @PostMapping("/verification")
    @Operation(summary = "Verify a pasted or scanned credential with the published keys, then against the card register; a forged, altered or revoked one fails with the reason (public)")
    Verification verify(@Valid @RequestBody VerificationRequest request) {
        return cards.verify(request.credential());
    }

    @GetMapping("/{number}/data")
    @Operation(summary = "The card's data with its three TD1 MRZ lines (border and police officers' systems)")
    Cards.CardData data(@PathVariable String number) {
        return cards.data(number);
    }

    @GetMapping(value = "/{number}/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The printable card document (PDF, labels in Kazakh, Russian and English)")
    ResponseEntity<byte[]> document(@PathVariable String number) {
        byte[] pdf = cards.document(number);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(number + ".pdf").build().toString())
                .body(pdf);
    }

    @PostMapping("/keys/rotation")
    @Operation(summary = "Generate a new signing key and make it active; earlier keys stay published")
    Map<String, String> rotate() {
        return Map.of("activeKid", cards.rotateKeys());
    }
}
