package kz.koshi.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

/** A foreigner's entry recorded through the border API (real HTTP, the border system's demo token) for the journeys. */
final class Traveller {

    private Traveller() {
    }

    /**
     * Records an entry {@code daysAgo} days ago and answers the person number the registry gave; the birth date follows
     * from the passport, so two travellers are never taken for one person.
     */
    static String entered(int port, String passport, String surname, int daysAgo) {
        String body = """
                {"direction": "ENTRY", "checkpoint": "AIR-ALA", "occurredAt": "%sT08:00:00Z",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "DEU"},
                 "surname": "%s", "givenNames": "%s", "birthDate": "%s", "sex": "F",
                 "citizenship": "DEU", "purpose": "WORK"}""".formatted(LocalDate.now().minusDays(daysAgo), passport, surname,
                surname.charAt(0) + "LINA", LocalDate.of(1960, 1, 1).plusDays(Math.floorMod(passport.hashCode(), 15_000)));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/crossings"))
                .header("Authorization", "Bearer koshi-demo-border").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("crossing not recorded: " + response.statusCode() + " " + response.body());
            }
            return response.body().replaceAll("(?s).*\"personNumber\":\"(KP\\d+)\".*", "$1");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
