package kz.koshi.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.koshi.identity.PersonDirectory;
import kz.koshi.identity.PersonHit;
import kz.koshi.identity.PersonProfile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/identity/persons")
@Tag(name = "Identity", description = "Person records from agency feeds")
class PersonApiController {

    private final PersonDirectory directory;

    PersonApiController(PersonDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "Find persons by any spelling in either script, a (partial) birth date, a document number or an IIN")
    List<PersonHit> search(@RequestParam String q) {
        return directory.search(q);
    }

    @GetMapping("/{number}")
    @Operation(summary = "A person's golden record, source records, provenance and timeline")
    PersonProfile profile(@PathVariable String number) {
        return directory.profile(number);
    }
}
