package kz.koshi.relink;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A registry record as the job's row ({@link SourceRows#COLUMNS}): the record id is the registry's id, the
 * values come from the payload (the JSON of the application's {@code IncomingRecord}), cleaned as the CSV's are.
 */
final class PayloadRow {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The payload's field for each column after record_id and source. */
    private static final List<String> FIELDS = List.of("surname", "givenName", "patronymic", "birthDate", "sex",
            "citizenship", "documentNumber", "nationalId", "address", "phone");

    private PayloadRow() {
    }

    static String[] values(long id, String source, String payload) throws IOException {
        JsonNode json = JSON.readTree(payload);
        if (json == null || !json.isObject()) {
            throw new IOException("the payload of source record " + id + " is not a JSON object");
        }
        String[] v = new String[SourceRows.COLUMNS.size()];
        v[0] = Long.toString(id);
        v[1] = SourceRows.clean(source);
        for (int k = 0; k < FIELDS.size(); k++) {
            JsonNode field = json.get(FIELDS.get(k));
            v[k + 2] = SourceRows.clean(field == null || field.isNull() ? null : field.asText());
        }
        return v;
    }
}
