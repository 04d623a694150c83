package kz.koshi.identity.web;

import java.io.IOException;
import java.io.InputStream;

import kz.koshi.identity.FeedImport;
import kz.koshi.identity.FeedImportJob;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload of an agency feed file: answered at once with the import job, whose page shows its progress and report. */
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
            FeedImportJob job = feeds.submit(in, source == null || source.isBlank() ? null : source.trim());
            return "redirect:/persons/import/" + job.id();
        } catch (DomainProblem problem) {
            model.addAttribute("alert", problem.getMessage());
        }
        return "identity/import";
    }

    @GetMapping("/{id}")
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", find(id));
        return "identity/import";
    }

    /** The progress and report alone, which the job's page polls (htmx) until the job is over. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("job", find(id));
        return "identity/import :: progress";
    }

    private FeedImportJob find(long id) {
        return feeds.job(id).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "identity.import.not-found"));
    }
}
