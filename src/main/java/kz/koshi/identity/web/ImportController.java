package kz.koshi.identity.web;

import java.io.IOException;
import java.io.InputStream;

import kz.koshi.identity.FeedImport;
import kz.koshi.shared.DomainProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload of an agency feed file; the answer is the per-row report. */
@Controller
@RequestMapping("/persons/import")
class ImportController {

    private final FeedImport feeds;

    ImportController(FeedImport feeds) {
        this.feeds = feeds;
    }

    @GetMapping
    String form() {
        return "identity/import";
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String source, Model model)
            throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("alert", "identity.import.empty");
            return "identity/import";
        }
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("report", feeds.importCsv(in, source == null || source.isBlank() ? null : source.trim()));
        } catch (DomainProblem problem) {
            model.addAttribute("alert", problem.getMessage());
            model.addAttribute("alertArguments", problem.arguments());
        }
        return "identity/import";
    }
}
