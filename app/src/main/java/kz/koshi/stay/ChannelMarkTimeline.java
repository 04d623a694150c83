package kz.koshi.stay;

import java.util.List;

import kz.koshi.identity.PersonTimelineContributor;
import kz.koshi.identity.TimelineEntry;
import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.stereotype.Component;

/** The channel marks in the person's profile (identity), for those who may see them ({@link ChannelMarkViewers}). */
@Component
class ChannelMarkTimeline implements PersonTimelineContributor {

    private final ChannelMarkRepository marks;
    private final ChannelMarkViewers viewers;
    private final KazakhstanCalendar calendar;

    ChannelMarkTimeline(ChannelMarkRepository marks, ChannelMarkViewers viewers, KazakhstanCalendar calendar) {
        this.marks = marks;
        this.viewers = viewers;
        this.calendar = calendar;
    }

    @Override
    public List<TimelineEntry> timeline(String person) {
        if (!viewers.shownToCaller()) {
            return List.of();
        }
        return marks.ofPerson(person).stream().map(m -> new TimelineEntry(calendar.startOf(m.stoppedOn()), "stay",
                "stay.timeline.channel", List.of(String.valueOf(m.channelId())), m.stoppedOn())).toList();
    }
}
