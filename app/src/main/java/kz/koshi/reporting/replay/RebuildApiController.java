package kz.koshi.reporting.replay;

import kz.koshi.shared.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/reports/rebuild}: the administrators' systems (scope reporting:rebuild, checked at the door and by
 * the service) rebuild the statistics' read model from the recorded events; the answer says how many were replayed.
 */
@RestController
class RebuildApiController {

    private final ReadModelRebuild rebuild;

    RebuildApiController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/v1/reports/rebuild")
    @ResponseStatus(HttpStatus.OK)
    Rebuilt rebuild() {
        return rebuild.rebuild(CurrentActor.name());
    }
}
