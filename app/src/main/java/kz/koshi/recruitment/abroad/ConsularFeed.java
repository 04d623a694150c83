package kz.koshi.recruitment.abroad;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.ReasonArg;
import kz.koshi.audit.AuditTrail;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.IncomingRecord;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.Iin;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The foreign ministry's consular registrations (CSV by upload or API): each line is checked, its citizen resolved
 * through the identity registry (source {@value #SOURCE}) and registered in a transaction of its own, so that good
 * lines are kept whatever the others; every refused line is reported with its number and the column at fault.
 */
@Service
public class ConsularFeed {

    static final String SOURCE = "consular";
    static final int MAX_LINES = 20_000;

    private final AbroadRegister register;
    private final IdentityResolution identity;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ConsularFeed(AbroadRegister register, IdentityResolution identity, ReferenceData reference, AuditTrail audit,
                 PlatformTransactionManager transactions, Clock clock) {
        this.register = register;
        this.identity = identity;
        this.reference = reference;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @PreAuthorize("hasRole('CONSULAR_OFFICER') or hasAuthority('SCOPE_abroad:consular')")
    public ConsularImport receive(String csv) {
        if (csv == null || csv.isBlank()) {
            return recorded(new ConsularImport(0, List.of(new RefusedLine(1, "body", "abroad.consular.empty"))));
        }
        List<String> lines = csv.lines().toList();
        if (!lines.getFirst().strip().replace("\uFEFF", "").equalsIgnoreCase(ConsularLine.HEADER)) {
            return recorded(new ConsularImport(0, List.of(new RefusedLine(1, "header", "abroad.consular.header"))));
        }
        if (lines.size() > MAX_LINES + 1) {
            return recorded(new ConsularImport(0, List.of(new RefusedLine(MAX_LINES + 2, "line", "abroad.consular.too-many"))));
        }
        LocalDate today = LocalDate.now(clock);
        String consulate = CurrentActor.agencyCode();
        List<RefusedLine> refused = new ArrayList<>();
        int accepted = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Object read = ConsularLine.read(i + 1, lines.get(i), code -> reference.country(code).isPresent(), today);
            if (read instanceof ConsularRegistration r && take(r, consulate, i + 1, refused)) {
                accepted++;
            } else if (read instanceof RefusedLine refusal) {
                refused.add(refusal);
            }
        }
        return recorded(new ConsularImport(accepted, List.copyOf(refused)));
    }

    private boolean take(ConsularRegistration r, String consulate, long line, List<RefusedLine> refused) {
        try {
            transaction.executeWithoutResult(status -> register.registered(r, personOf(r), consulate));
            return true;
        } catch (DomainProblem problem) {
            refused.add(new RefusedLine(line, "surname", "abroad.consular.invalid.person"));
            return false;
        }
    }

    /** The citizen the registration names: the registry's person for this registration's record, or resolved now. */
    private String personOf(ConsularRegistration r) {
        String recordId = "reg-" + UUID.nameUUIDFromBytes((r.iin() + "|" + r.countryCode() + "|" + r.registeredOn())
                .getBytes(StandardCharsets.UTF_8));
        Iin iin = Iin.of(r.iin());
        return identity.personOfRecord(SOURCE, recordId).orElseGet(() -> identity.resolve(new IncomingRecord(SOURCE, recordId,
                r.surname(), r.givenName(), null, iin.birthDate().toString(), iin.sex().code(), AbroadRegister.HOME, null,
                r.iin(), null, null)).personNumber());
    }

    private ConsularImport recorded(ConsularImport result) {
        audit.record(AuditEvent.success("CONSULAR_FEED_RECEIVED", "abroad_register", null)
                .because(AuditReason.of("consular-feed", ReasonArg.number(result.accepted()), ReasonArg.number(result.refused().size()))));
        return result;
    }
}
