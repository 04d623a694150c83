package kz.koshi.identity.split;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The protection-side queue's split proposals ({@code /persons/protected-review} lists them). */
@Controller
@RequestMapping("/persons/protected-review/splits")
class ProtectedSplitController extends SplitPages {

    ProtectedSplitController(ProtectedSplitQueue queue) {
        super(queue, "/persons/protected-review");
    }
}
