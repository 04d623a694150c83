package kz.koshi.recruitment.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Pre-departure orientation a worker received: which topics, on which day, given by whom, recorded by whom. */
public record Orientation(long id, List<OrientationTopic> topics, LocalDate receivedOn, String givenBy, String recordedBy,
                          Instant recordedAt) {
}
