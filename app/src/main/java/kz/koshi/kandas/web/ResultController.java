package kz.koshi.kandas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import kz.koshi.kandas.KandasSurveys;
import kz.koshi.kandas.Recommendations;
import kz.koshi.kandas.Survey;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.web.QrCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The family's recommendation, its choice of region, and coming back to a survey with its reference and secret. */
@Controller
@RequestMapping("/kandas/survey")
class ResultController {

    private final KandasSurveys surveys;
    private final Recommendations recommendations;

    ResultController(KandasSurveys surveys, Recommendations recommendations) {
        this.surveys = surveys;
        this.recommendations = recommendations;
    }

    @GetMapping("/result")
    String result(HttpSession session, Model model) {
        Survey survey = SurveySession.current(session).map(surveys::read).orElse(null);
        if (survey == null || !survey.submitted()) {
            return survey == null ? "redirect:/kandas/survey" : "redirect:/kandas/survey/plans";
        }
        model.addAttribute("survey", survey);
        model.addAttribute("recommendations", recommendations.forSurvey(survey));
        model.addAttribute("preferredElsewhere", recommendations.preferredBelowTop(survey));
        model.addAttribute("reserved", surveys.reservations(survey.id()));
        model.addAttribute("referenceQr", QrCode.svg(survey.reference())); // the reference only, never the secret
        return "kandas/survey-result";
    }

    @PostMapping("/choice")
    String choose(@RequestParam String region, HttpSession session, RedirectAttributes redirect) {
        Long id = SurveySession.current(session).orElse(null);
        if (id == null) {
            return "redirect:/kandas/survey";
        }
        try {
            surveys.choose(id, region);
            redirect.addFlashAttribute("notice", "kandas.choice.made");
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("alert", refused.getMessage());
        }
        return "redirect:/kandas/survey/result";
    }

    @GetMapping("/resume")
    String resumeForm() {
        return "kandas/survey-resume";
    }

    @PostMapping("/resume")
    String resume(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String secret,
                  HttpServletRequest request, Model model) {
        try {
            long id = surveys.resume(reference, secret, request.getRemoteAddr());
            SurveySession.open(request, id);
        } catch (DomainProblem refused) {
            model.addAttribute("alert", refused.getMessage());
            model.addAttribute("reference", reference);
            return "kandas/survey-resume";
        }
        Survey survey = surveys.read(SurveySession.current(request.getSession()).orElseThrow());
        return survey.submitted() ? "redirect:/kandas/survey/result"
                : "redirect:/kandas/survey/" + (survey.nextStep() == 2 ? "members" : "plans");
    }
}
