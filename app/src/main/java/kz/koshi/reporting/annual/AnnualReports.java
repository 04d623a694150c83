package kz.koshi.reporting.annual;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The commission's annual report (issue 17) for the commission's analysts, prosecutors and the labour ministry, and
 * the systems holding {@code reporting:read}: counted, put into the reader's language, rendered as PDF or XLSX, and
 * the generation recorded in the audit trail (who made which report; it holds counts only).
 */
@Service
public class AnnualReports {

    static final String READERS = "hasAnyRole('ANALYST','PROSECUTOR','LABOUR_OFFICER') or hasAuthority('SCOPE_reporting:read')";
    static final List<String> LANGUAGES = List.of("ru", "kk", "en");

    private final ReportMaking making;
    private final AuditTrail audit;
    private final KazakhstanCalendar calendar;

    AnnualReports(ReportMaking making, AuditTrail audit, KazakhstanCalendar calendar) {
        this.making = making;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** The period the page offers first: this calendar year up to today. */
    @PreAuthorize(READERS)
    public ReportPeriod defaultPeriod() {
        return ReportPeriod.yearToDate(calendar.today());
    }

    @PreAuthorize(READERS)
    public ReportDownload generate(ReportRequest request, Locale reader) {
        ReportFormat format = request.format() == null || request.format().isBlank() ? ReportFormat.PDF
                : ReportFormat.of(request.format()).orElseThrow(() -> new DomainProblem(ProblemType.VALIDATION, "format", "reporting.annual.format.unknown"));
        Locale language = language(request.lang(), reader);
        ReportPeriod period = period(request.from(), request.to());
        ReportDownload download = making.make(period, language, format);
        audit.record(AuditEvent.success("ANNUAL_REPORT_GENERATED", "annual_report", null).because(AuditReason.of("annual-report-generated",
                ReasonArg.day(period.from()), ReasonArg.day(period.to()), ReasonArg.label("reporting.annual.format.", format),
                ReasonArg.label("lang.", language.getLanguage()))));
        return download;
    }

    private ReportPeriod period(LocalDate from, LocalDate to) {
        LocalDate today = calendar.today();
        LocalDate end = to != null ? to : from == null ? today : min(from.withDayOfYear(from.lengthOfYear()), today);
        LocalDate start = from != null ? from : end.withDayOfYear(1);
        return ReportPeriod.of(start, end, today);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Locale language(String lang, Locale reader) {
        if (lang == null || lang.isBlank()) {
            return LANGUAGES.contains(reader.getLanguage()) ? reader : Locale.forLanguageTag("ru");
        }
        String wanted = lang.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(wanted)) {
            throw new DomainProblem(ProblemType.VALIDATION, "lang", "reporting.annual.lang.unknown");
        }
        return Locale.forLanguageTag(wanted);
    }
}
