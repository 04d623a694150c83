package kz.koshi.recruitment;

import java.time.Clock;

import kz.koshi.access.ApplicantAccounts;
import kz.koshi.recruitment.rules.ApplicantPassword;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.Bin;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.LocalizedName;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens an applicant account for a BIN, without signing in. The answer is the same whether the BIN had an account
 * or not (no enumeration): a BIN that has one keeps it untouched. The caller counts the attempt against its
 * address (the sign-in throttle). The agency row (type EMPLOYMENT_AGENCY, code {@code PEA-<BIN>}) is created with
 * the account; it sees only its own applications until it is licensed.
 */
@Service
public class AccountOpening {

    private final AgencyRepository agencies;
    private final ApplicantAccounts accounts;
    private final ReferenceData reference;
    private final Clock clock;

    AccountOpening(AgencyRepository agencies, ApplicantAccounts accounts, ReferenceData reference, Clock clock) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.reference = reference;
        this.clock = clock;
    }

    @Transactional
    public void open(NewAccount account) {
        if (!Bin.isValid(account.bin())) {
            throw new DomainProblem(ProblemType.VALIDATION, "bin", "recruitment.bin.invalid");
        }
        if (!ApplicantPassword.strong(account.password(), account.bin())) {
            throw new DomainProblem(ProblemType.VALIDATION, "password", "recruitment.password.weak");
        }
        if (!account.password().equals(account.passwordAgain())) {
            throw new DomainProblem(ProblemType.VALIDATION, "passwordAgain", "recruitment.password.mismatch");
        }
        if (agencies.binTaken(account.bin()) || accounts.exists(account.bin())) {
            return; // same answer as for a new account
        }
        String code = "PEA-" + account.bin();
        String name = account.legalName().strip();
        reference.registerEmploymentAgency(code, new LocalizedName(name, name, name), null);
        agencies.insert(code, account.bin(), name, SignIn.PASSWORD, clock.instant());
        accounts.open(account.bin(), name, code, account.password());
    }
}
