package kz.koshi.access;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.reference.AgencyType;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.LocalizedName;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts for every kind of agency and one demo API token per agency system, with the fixed,
 * documented secrets {@code koshi-demo-<agency>}. Only in the embedded demo mode: never in the
 * {@code postgres} profile, never when {@code koshi.demo.enabled} is false.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "koshi.demo.enabled", havingValue = "true")
@Order(1)
class DemoAccess implements ApplicationRunner {

    static final String PASSWORD = "Koshi-demo-2026";
    static final String DEMO_AGENCY = "DEMO-PEA";

    record Account(String username, String fullName, String agencyCode, Set<Role> roles) {
    }

    record Token(String secret, String agencyCode) {
    }

    /** Officers as the pages of a Kazakh agency would name them (ru and kk pages show them as written). */
    static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "Айгерим Сапарова", "KOSHI-OPS", EnumSet.of(Role.ADMIN)),
            new Account("border", "Ерлан Жаксыбеков", "KNB-BORDER", EnumSet.of(Role.BORDER_OFFICER)),
            new Account("police", "Дмитрий Ковалёв", "MVD-MIGRATION", EnumSet.of(Role.MIGRATION_OFFICER)),
            new Account("labour", "Гульнара Ахметова", "MLSP", EnumSet.of(Role.LABOUR_OFFICER)),
            new Account("akimat", "Нурлан Бекмуратов", "AKIMAT-KZ-71", EnumSet.of(Role.AKIMAT_OFFICER)),
            new Account("career", "Асель Тулеуова", "CAREER-KZ-71", EnumSet.of(Role.CAREER_CENTRE_OFFICER)),
            new Account("social", "Салтанат Нурланова", "CRISIS-KZ-71", EnumSet.of(Role.SOCIAL_WORKER)),
            new Account("supervisor", "Мария Ким", "CRISIS-KZ-71", EnumSet.of(Role.CASE_SUPERVISOR)),
            new Account("prosecutor", "Бауыржан Оспанов", "GP", EnumSet.of(Role.PROSECUTOR)),
            new Account("analyst", "Ольга Петренко", "IDC-SECRETARIAT", EnumSet.of(Role.ANALYST)),
            new Account("agency", "Данияр Исаев", DEMO_AGENCY, EnumSet.of(Role.AGENCY_OPERATOR)),
            new Account("guardian", "Жанар Абдрахманова", "GUARDIANSHIP-KZ-71", EnumSet.of(Role.GUARDIANSHIP_OFFICER)),
            new Account("hotline", "Айдана Серикова", "HOTLINE-11616", EnumSet.of(Role.HOTLINE_OPERATOR)),
            new Account("mfa", "Арман Жумабаев", "MFA-CONSULAR", EnumSet.of(Role.CONSULAR_OFFICER)));

    static final List<Token> TOKENS = List.of(
            new Token("koshi-demo-admin", "KOSHI-OPS"), new Token("koshi-demo-border", "KNB-BORDER"),
            new Token("koshi-demo-police", "MVD-MIGRATION"), new Token("koshi-demo-labour", "MLSP"),
            new Token("koshi-demo-akimat", "AKIMAT-KZ-71"), new Token("koshi-demo-career", "CAREER-KZ-71"),
            new Token("koshi-demo-crisis", "CRISIS-KZ-71"), new Token("koshi-demo-prosecutor", "GP"),
            new Token("koshi-demo-commission", "IDC-SECRETARIAT"), new Token("koshi-demo-agency", DEMO_AGENCY),
            new Token("koshi-demo-hotline", "HOTLINE-11616"),
            new Token("koshi-demo-mfa", "MFA-CONSULAR"));

    private final OfficerRepository officers;
    private final ApiTokens tokens;
    private final ApiTokenRepository tokenRepository;
    private final ReferenceData reference;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    DemoAccess(OfficerRepository officers, ApiTokens tokens, ApiTokenRepository tokenRepository, ReferenceData reference,
               PasswordEncoder passwords, AuditTrail audit, Clock clock) {
        this.officers = officers;
        this.tokens = tokens;
        this.tokenRepository = tokenRepository;
        this.reference = reference;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (reference.agency(DEMO_AGENCY).isEmpty()) {
            reference.registerEmploymentAgency(DEMO_AGENCY, new LocalizedName("Демо-агентство занятости (лицензия)",
                    "Демо жұмыспен қамту агенттігі (лицензия)", "Demo licensed employment agency"), "KZ-71");
        }
        String hash = passwords.encode(PASSWORD);
        ACCOUNTS.forEach(a -> officers.renameDemoOfficer(a.username(), a.fullName()));
        ACCOUNTS.stream().filter(a -> !officers.usernameTaken(a.username())).forEach(a -> {
            long id = officers.insert(a.username(), a.fullName(), a.agencyCode(), hash, clock.instant());
            officers.replaceRoles(id, a.roles());
            audit.record(AuditEvent.success("DEMO_OFFICER_CREATED", "officer", id));
        });
        TOKENS.stream().filter(t -> !tokenRepository.hashExists(TokenHash.of(t.secret()))).forEach(t -> {
            AgencyType type = reference.agency(t.agencyCode()).orElseThrow().type();
            Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
            Arrays.stream(ApiScope.values()).filter(s -> s.allowedFor(type)).forEach(scopes::add);
            long id = tokens.store(new NewApiToken(t.secret(), t.agencyCode(), scopes, null), t.secret());
            audit.record(AuditEvent.success("DEMO_API_TOKEN_CREATED", "api_token", id));
        });
    }
}
