package kz.koshi.identity.split;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The officers' review queue's split proposals ({@code /persons/review} lists them). */
@Controller
@RequestMapping("/persons/review/splits")
class OfficerSplitController extends SplitPages {

    OfficerSplitController(OfficerSplitQueue queue) {
        super(queue, "/persons/review");
    }
}
