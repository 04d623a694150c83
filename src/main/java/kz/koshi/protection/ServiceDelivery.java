package kz.koshi.protection;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** One service delivered, logged against the plan and the period. */
public record ServiceDelivery(@NotNull ServiceType serviceType,
                              @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveredOn) {
}
