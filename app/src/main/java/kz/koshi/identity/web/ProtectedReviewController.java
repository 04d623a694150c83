package kz.koshi.identity.web;

import kz.koshi.identity.ProtectedReviewQueue;
import kz.koshi.identity.split.ProtectedSplitQueue;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The crisis-centre supervisors' review queue: pairs with a record of a protected source. */
@Controller
@RequestMapping(ProtectedReviewController.PATH)
class ProtectedReviewController extends ReviewPages {

    static final String PATH = "/persons/protected-review";

    ProtectedReviewController(ProtectedReviewQueue queue, ProtectedSplitQueue splits) {
        super(queue, splits, PATH);
    }
}
