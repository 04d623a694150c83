package kz.koshi.identity.web;

import kz.koshi.identity.ReviewQueue;
import kz.koshi.identity.split.OfficerSplitQueue;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The migration police's and border's review queue. */
@Controller
@RequestMapping(ReviewController.PATH)
class ReviewController extends ReviewPages {

    static final String PATH = "/persons/review";

    ReviewController(ReviewQueue queue, OfficerSplitQueue splits) {
        super(queue, splits, PATH);
    }
}
