package kz.koshi.kandas.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import kz.koshi.kandas.Education;
import kz.koshi.kandas.HealthNeed;
import kz.koshi.kandas.HousingNeed;
import kz.koshi.kandas.KandasSurveys;
import kz.koshi.kandas.Language;
import kz.koshi.kandas.MembersAnswers;
import kz.koshi.kandas.OriginAnswers;
import kz.koshi.kandas.PlansAnswers;
import kz.koshi.kandas.PreferenceReason;
import kz.koshi.kandas.Survey;
import kz.koshi.kandas.engine.Profession;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.Sex;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public survey (no sign-in): step 1 consent, origin and contact; step 2 members; step 3 plans; then the
 * recommendation. Every step saves the draft; "finish later" shows the reference to come back with.
 */
@Controller
@RequestMapping("/kandas/survey")
class SurveyController {

    private final KandasSurveys surveys;
    private final ReferenceData reference;
    private final Clock clock;

    SurveyController(KandasSurveys surveys, ReferenceData reference, Clock clock) {
        this.surveys = surveys;
        this.reference = reference;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("countries", reference.countries());
        model.addAttribute("regions", reference.regionsOn(LocalDate.now(clock)));
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("educations", Education.values());
        model.addAttribute("professions", Profession.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("healthNeeds", HealthNeed.values());
        model.addAttribute("housingNeeds", HousingNeed.values());
        model.addAttribute("reasons", PreferenceReason.values());
        model.addAttribute("today", LocalDate.now(clock));
    }

    @GetMapping
    String start(HttpSession session, Model model) {
        model.addAttribute("answers", OriginAnswers.blank());
        model.addAttribute("inProgress", SurveySession.current(session).isPresent());
        return "kandas/survey-start";
    }

    @PostMapping
    String begin(@Valid @ModelAttribute("answers") OriginAnswers answers, BindingResult errors, HttpServletRequest request,
                 Locale locale, RedirectAttributes redirect) {
        KandasSurveys.Started[] started = new KandasSurveys.Started[1];
        if (!SurveyForms.attempt(() -> started[0] = surveys.start(answers, locale.toLanguageTag()), errors)) {
            return "kandas/survey-start";
        }
        SurveySession.open(request, started[0].id());
        redirect.addFlashAttribute("reference", started[0].reference());
        redirect.addFlashAttribute("secret", started[0].secret());
        return "redirect:/kandas/survey/members";
    }

    @GetMapping("/origin")
    String origin(HttpSession session, Model model) {
        return withDraft(session, model, s -> model.addAttribute("answers", s.origin()), "kandas/survey-start");
    }

    @PostMapping("/origin")
    String saveOrigin(@Valid @ModelAttribute("answers") OriginAnswers answers, BindingResult errors, HttpSession session,
                      @RequestParam(defaultValue = "next") String then, Model model) {
        return save(session, model, id -> surveys.saveOrigin(id, answers), errors, "kandas/survey-start", then, "/kandas/survey/members");
    }

    @GetMapping("/members")
    String members(HttpSession session, Model model) {
        return withDraft(session, model, s -> model.addAttribute("answers", s.members()), "kandas/survey-members");
    }

    @PostMapping("/members")
    String saveMembers(@ModelAttribute("answers") MembersAnswers answers, BindingResult errors, HttpSession session,
                       @RequestParam(defaultValue = "next") String then, Model model) {
        return save(session, model, id -> surveys.saveMembers(id, answers), errors, "kandas/survey-members", then, "/kandas/survey/plans");
    }

    @GetMapping("/plans")
    String plans(HttpSession session, Model model) {
        return withDraft(session, model, s -> model.addAttribute("answers", s.plans()), "kandas/survey-plans");
    }

    /** "send" saves the plans and sends the survey (once: sending again shows the same result). */
    @PostMapping("/plans")
    String savePlans(@Valid @ModelAttribute("answers") PlansAnswers answers, BindingResult errors, HttpSession session,
                     @RequestParam(defaultValue = "send") String then, Model model) {
        String view = save(session, model, id -> surveys.savePlans(id, answers), errors, "kandas/survey-plans", then, "/kandas/survey/result");
        if (view.equals("redirect:/kandas/survey/result")) {
            return send(session, model);
        }
        return view;
    }

    private String send(HttpSession session, Model model) {
        long id = SurveySession.current(session).orElseThrow();
        Survey survey = surveys.read(id);
        if (survey.nextStep() < 4) {
            return "redirect:/kandas/survey/" + (survey.nextStep() == 2 ? "members" : "plans");
        }
        surveys.submit(id);
        return "redirect:/kandas/survey/result";
    }

    @GetMapping("/saved")
    String saved(HttpSession session, Model model) {
        return SurveySession.current(session).map(id -> {
            model.addAttribute("survey", surveys.read(id));
            return "kandas/survey-saved";
        }).orElse("redirect:/kandas/survey");
    }

    private String withDraft(HttpSession session, Model model, java.util.function.Consumer<Survey> fill, String view) {
        Survey survey = SurveySession.current(session).map(surveys::read).orElse(null);
        if (survey == null) {
            return "redirect:/kandas/survey";
        }
        if (survey.submitted()) {
            return "redirect:/kandas/survey/result";
        }
        model.addAttribute("survey", survey);
        fill.accept(survey);
        return view;
    }

    private String save(HttpSession session, Model model, java.util.function.LongConsumer action, BindingResult errors,
                        String view, String then, String next) {
        Survey survey = SurveySession.current(session).map(surveys::read).orElse(null);
        if (survey == null) {
            return "redirect:/kandas/survey";
        }
        if (survey.submitted()) {
            return "redirect:/kandas/survey/result";
        }
        model.addAttribute("survey", survey);
        if (!SurveyForms.attempt(() -> action.accept(survey.id()), errors)) {
            return view;
        }
        return "later".equals(then) ? "redirect:/kandas/survey/saved" : "redirect:" + next;
    }
}
