package kz.koshi.identity.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;
import kz.koshi.identity.FeedImport;
import kz.koshi.identity.FeedOwnership;
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
    private final FeedOwnership ownership;

    ImportController(FeedImport feeds, FeedOwnership ownership) {
        this.feeds = feeds;
        this.ownership = ownership;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("ownSources", ownership.ownSources());
        return "identity/import";
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String source, Model model,
                  HttpServletResponse response) throws IOException {
        model.addAttribute("ownSources", ownership.ownSources());
        if (file.isEmpty()) {
            model.addAttribute("alert", "identity.import.empty");
            return "identity/import";
        }
        try (InputStream in = file.getInputStream()) {
            FeedImportJob job = feeds.submit(in, source == null || source.isBlank() ? null : source.trim());
            return "redirect:/persons/import/" + job.id();
        } catch (DomainProblem problem) {
            // A foreign source is refused as the API refuses it (403), with the message on the page.
            if (problem.type() == ProblemType.FORBIDDEN) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            }
            model.addAttribute("alert", problem.getMessage());
            model.addAttribute("alertArguments", problem.arguments());
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
