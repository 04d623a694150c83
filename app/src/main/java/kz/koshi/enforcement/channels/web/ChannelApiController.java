package kz.koshi.enforcement.channels.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kz.koshi.enforcement.channels.ChannelFile;
import kz.koshi.enforcement.channels.ChannelFilter;
import kz.koshi.enforcement.channels.ChannelRegister;
import kz.koshi.enforcement.channels.ChannelRow;
import kz.koshi.enforcement.channels.NewChannel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The register of illegal-migration channels for the systems of the migration police and the border service (scope {@code enforcement:channels}). */
@RestController
@RequestMapping("/api/v1/enforcement/channels")
@Tag(name = "Illegal-migration channels", description = "Channels stopped: organisers, route, persons moved")
class ChannelApiController {

    private final ChannelRegister register;

    ChannelApiController(ChannelRegister register) {
        this.register = register;
    }

    @PostMapping
    @Operation(summary = "Record a channel stopped; persons moved with a stay file get the channel on it (no violation)")
    ResponseEntity<Map<String, Long>> record(@Valid @RequestBody NewChannel channel) {
        long id = register.record(channel);
        return ResponseEntity.created(URI.create("/api/v1/enforcement/channels/" + id)).body(Map.of("id", id));
    }

    @GetMapping
    @Operation(summary = "Channels stopped, latest first (at most 500): by year stopped, region, country of the route; no names")
    List<ChannelRow> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
                          @RequestParam(required = false) String country) {
        return register.list(new ChannelFilter(year, region, country));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A channel with its organisers and the persons moved who were identified; audited")
    ChannelFile channel(@PathVariable long id) {
        return register.channel(id);
    }
}
