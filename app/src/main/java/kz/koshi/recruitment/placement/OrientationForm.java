package kz.koshi.recruitment.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.Clean;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Pre-departure orientation received: the topics covered, the day (05.05.2026 or ISO), who gave it. */
public class OrientationForm {

    @NotEmpty
    private List<@NotNull OrientationTopic> topics = new ArrayList<>();
    @NotNull @SaneDate(DateMeaning.EVENT) @DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate receivedOn;
    @Clean @NotBlank @Size(max = 200)
    private String givenBy;

    public List<OrientationTopic> getTopics() { return topics; }
    public void setTopics(List<OrientationTopic> topics) { this.topics = topics == null ? new ArrayList<>() : topics; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public String getGivenBy() { return givenBy; }
    public void setGivenBy(String givenBy) { this.givenBy = givenBy; }
}
