package kz.koshi.enforcement.channels;

import java.time.LocalDate;
import java.util.List;

import kz.koshi.border.BorderRecords;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonSummary;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.Bin;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Checks a channel against reference data and the registry before anything is stored: the region in force on the day
 * stopped, a day not in the future, each country and checkpoint known, each BIN valid, each person registered, and no
 * more persons identified than reported moved. The first fault is refused against its field, naming the code at fault.
 */
@Component
class ChannelChecks {

    private final ReferenceData reference;
    private final BorderRecords border;
    private final IdentityResolution identity;
    private final KazakhstanCalendar calendar;

    ChannelChecks(ReferenceData reference, BorderRecords border, IdentityResolution identity, KazakhstanCalendar calendar) {
        this.reference = reference;
        this.border = border;
        this.identity = identity;
        this.calendar = calendar;
    }

    CheckedChannel check(NewChannel c) {
        if (c.stoppedOn().isAfter(calendar.today())) {
            throw refused("stoppedOn", "enforcement.channel.stopped-in-future", c.stoppedOn());
        }
        if (reference.regionsOn(c.stoppedOn()).stream().noneMatch(r -> r.code().equals(c.regionCode()))) {
            throw refused("regionCode", "enforcement.channel.region-unknown", c.regionCode());
        }
        c.routeCountries().stream().filter(code -> reference.country(code).isEmpty()).findFirst()
                .ifPresent(code -> { throw refused("routeCountries", "enforcement.channel.country-unknown", code); });
        c.checkpoints().stream().filter(code -> border.regionOfCheckpoint(code).isEmpty()).findFirst()
                .ifPresent(code -> { throw refused("checkpoints", "enforcement.channel.checkpoint-unknown", code); });
        c.organiserBins().stream().filter(bin -> !Bin.isValid(bin)).findFirst()
                .ifPresent(bin -> { throw refused("organiserBins", "enforcement.channel.bin-invalid", bin); });
        List<String> identified = persons(c.personsIdentified(), "personsIdentified");
        if (identified.size() > c.personsMoved()) {
            throw refused("personsMoved", "enforcement.channel.fewer-moved-than-identified", identified.size());
        }
        return new CheckedChannel(c, persons(c.organiserPersons(), "organiserPersons"), identified);
    }

    private List<String> persons(List<String> numbers, String field) {
        return numbers.stream().map(n -> identity.registered(n).map(PersonSummary::personNumber)
                .orElseThrow(() -> refused(field, "enforcement.channel.person-unknown", n))).distinct().toList();
    }

    private static DomainProblem refused(String field, String key, Object argument) {
        return new DomainProblem(ProblemType.VALIDATION, field, key, argument instanceof LocalDate d ? d.toString() : argument);
    }
}
