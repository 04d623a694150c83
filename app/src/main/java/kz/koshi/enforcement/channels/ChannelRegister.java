package kz.koshi.enforcement.channels;

import java.time.Clock;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.enforcement.ChannelStopped;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import kz.koshi.stay.ChannelMarks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static kz.koshi.enforcement.channels.ChannelAccess.READ;
import static kz.koshi.enforcement.channels.ChannelAccess.WRITE;

/**
 * The register of illegal-migration channels stopped (issue 16): recorded by the migration police and the border
 * service, each person moved who has a stay file marked on it (stay's {@link ChannelMarks}; no violation is raised),
 * {@link ChannelStopped} published with ids, day, region, route and counts. Every act and every read is audited.
 */
@Service
@Transactional
public class ChannelRegister {

    private final ChannelChecks checks;
    private final ChannelRepository channels;
    private final ChannelReader reader;
    private final ChannelMarks marks;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChannelRegister(ChannelChecks checks, ChannelRepository channels, ChannelReader reader, ChannelMarks marks,
                    AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.checks = checks;
        this.channels = channels;
        this.reader = reader;
        this.marks = marks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Records a channel; refused with the field at fault and nothing stored, or as a conflict when the reference is taken. */
    @PreAuthorize(WRITE)
    public long record(NewChannel channel) {
        CheckedChannel checked = checks.check(channel);
        String agency = CurrentActor.agencyCode();
        if (channels.exists(agency, channel.reference())) {
            throw taken();
        }
        long id;
        try {
            id = channels.insert(checked, agency, clock.instant(), CurrentActor.name());
        } catch (DataIntegrityViolationException | TransientDataAccessException raced) {
            // Another post of the same reference holds (or took) the key: a duplicate, or a wait for it that timed out.
            throw taken();
        }
        checked.personsIdentified().forEach(p -> channels.addPerson(id, p, marks.mark(p, id, channel.stoppedOn())));
        audit.record(AuditEvent.success("CHANNEL_RECORDED", "enforcement_channel", id).because(AuditReason.of("channel-recorded",
                ReasonArg.day(channel.stoppedOn()), ReasonArg.region(channel.regionCode()), ReasonArg.number(channel.personsMoved()))));
        events.publishEvent(new ChannelStopped(id, channel.stoppedOn(), channel.regionCode(), channel.routeCountries(),
                channel.personsMoved(), checked.organisers()));
        return id;
    }

    /** The register's list, filtered; no names. */
    @PreAuthorize(READ)
    public List<ChannelRow> list(ChannelFilter filter) {
        List<ChannelRow> rows = reader.list(filter);
        audit.record(AuditEvent.success("CHANNELS_LISTED", "enforcement_channel", null)
                .because(AuditReason.of("channels-listed", ReasonArg.number(rows.size()))));
        return rows;
    }

    /** A channel with its organisers and persons moved by name: the read is audited with the number of persons shown. */
    @PreAuthorize(READ)
    public ChannelFile channel(long id) {
        ChannelFile file = reader.file(id);
        audit.record(AuditEvent.success("CHANNEL_READ", "enforcement_channel", id).because(AuditReason.of("channel-read",
                ReasonArg.number(file.organiserPersons().size() + file.personsIdentified().size()))));
        return file;
    }

    private static DomainProblem taken() {
        return new DomainProblem(ProblemType.CONFLICT, "reference", "enforcement.channel.reference-taken");
    }
}
