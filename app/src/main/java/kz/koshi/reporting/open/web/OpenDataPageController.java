package kz.koshi.reporting.open.web;

import kz.koshi.reporting.open.OpenData;
import kz.koshi.reporting.open.OpenDataFiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public open-data page: the files, what they hold and how small counts are hidden; no sign-in. */
@Controller
class OpenDataPageController {

    private final OpenData openData;

    OpenDataPageController(OpenData openData) {
        this.openData = openData;
    }

    @GetMapping("/public/open-data")
    String page(Model model) {
        model.addAttribute("years", openData.years());
        model.addAttribute("figures", openData.figures());
        model.addAttribute("dimensions", OpenData.dimensions());
        model.addAttribute("marker", OpenDataFiles.MARKER);
        return "reporting/open-data";
    }
}
