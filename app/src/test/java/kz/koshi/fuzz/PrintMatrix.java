package kz.koshi.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Prints the authorisation matrix of a running platform, to review it and to update the expected table. */
public final class PrintMatrix {

    private PrintMatrix() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String doc = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        AuthorisationMatrix matrix = new AuthorisationMatrix(new ApiFuzz(new FuzzClient(base, new FuzzTally()),
                ApiCatalogue.of(doc), Map.of(), DemoIdentities.TOKENS));
        matrix.run(DemoIdentities.matrixIdentities()).forEach((op, row) -> {
            StringBuilder allowed = new StringBuilder();
            row.forEach((identity, status) -> {
                if (status != 401 && status != 403) {
                    allowed.append(allowed.isEmpty() ? "" : " ").append(identity);
                }
            });
            System.out.println(op.replace(" ", ",") + "," + allowed + "    # " + row.values());
        });
    }
}
