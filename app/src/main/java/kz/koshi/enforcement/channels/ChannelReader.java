package kz.koshi.enforcement.channels;

import java.util.List;
import java.util.Map;

import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonSummary;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Reads the register for {@link ChannelRegister}: the filtered list (a year from 2000 to next year, a known region and
 * country, else refused against the filter's field) and a channel's file with its persons named through the registry.
 */
@Component
class ChannelReader {

    static final int LIMIT = 500;

    private final ChannelRepository channels;
    private final IdentityResolution identity;
    private final ReferenceData reference;
    private final KazakhstanCalendar calendar;

    ChannelReader(ChannelRepository channels, IdentityResolution identity, ReferenceData reference, KazakhstanCalendar calendar) {
        this.channels = channels;
        this.identity = identity;
        this.reference = reference;
        this.calendar = calendar;
    }

    List<ChannelRow> list(ChannelFilter f) {
        if (f.year() != null && (f.year() < 2000 || f.year() > calendar.today().getYear() + 1)) {
            throw new DomainProblem(ProblemType.VALIDATION, "year", "enforcement.channel.filter-year");
        }
        if (f.region() != null && reference.allRegions().stream().noneMatch(r -> r.code().equals(f.region()))) {
            throw new DomainProblem(ProblemType.VALIDATION, "region", "enforcement.channel.filter-region");
        }
        if (f.country() != null && reference.country(f.country()).isEmpty()) {
            throw new DomainProblem(ProblemType.VALIDATION, "country", "enforcement.channel.filter-country");
        }
        return channels.list(f, LIMIT);
    }

    ChannelFile file(long id) {
        ChannelRow row = channels.find(id).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "enforcement.channel.not-found"));
        List<String[]> organisers = channels.organisersOf(id);
        List<ChannelFile.Person> organiserPersons = organisers.stream().filter(o -> o[0] != null).map(o -> person(o[0], false)).toList();
        List<String> bins = organisers.stream().filter(o -> o[1] != null).map(o -> o[1]).toList();
        Map<String, Boolean> moved = channels.personsOf(id);
        List<ChannelFile.Person> persons = moved.entrySet().stream().map(e -> person(e.getKey(), e.getValue())).toList();
        ChannelRepository.Recorded recorded = channels.recorded(id);
        return new ChannelFile(id, row.reference(), row.agencyCode(), row.regionCode(), row.stoppedOn(), row.personsMoved(),
                row.routeCountries(), channels.checkpointsOf(id), organiserPersons, bins, persons, recorded.at(), recorded.by());
    }

    /** The person as the registry knows them now (a merged number leads to the survivor); the number alone if not found. */
    private ChannelFile.Person person(String number, boolean inStay) {
        return identity.registered(number).map(p -> named(p, inStay))
                .orElse(new ChannelFile.Person(number, null, null, null, null, inStay));
    }

    private static ChannelFile.Person named(PersonSummary p, boolean inStay) {
        return new ChannelFile.Person(p.personNumber(), p.surname(), p.givenName(), p.birthDate(), p.citizenship(), inStay);
    }

}
